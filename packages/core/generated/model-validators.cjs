/**
 * GENERATED FILE, DO NOT EDIT.
 * Ajv standalone validators for packages/core/schema/*.schema.json (scripts/generate-validators.mjs).
 * Regenerate with `npm run gen:types`; `npm run gen:types -- --check` (part of `npm test`) fails when stale.
 */
/* eslint-disable */
'use strict'

function ucs2length(str) {
  const len = str.length
  let length = 0
  let pos = 0
  let value
  while (pos < len) {
    length++
    value = str.charCodeAt(pos++)
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos)
      if ((value & 0xfc00) === 0xdc00) pos++
    }
  }
  return length
}

exports.baselineFile = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shadowtest.dev/schema/baseline-file.schema.json","title":"BaselineFile","description":"__baselines__/<module path>/<function>.baseline.json: every scenario of one function, keyed by semantic id.","type":"object","additionalProperties":false,"required":["schemaVersion","function","engineVersion","policy","scenarios"],"properties":{"$schema":{"description":"Optional pointer to this schema, for editors.","type":"string"},"schemaVersion":{"description":"Format version of this file. Older versions are migrated on load.","const":2},"function":{"$ref":"#/definitions/FunctionRef"},"engineVersion":{"description":"Version of the Shadowtest engine that last wrote the file.","type":"string","minLength":1},"policy":{"$ref":"#/definitions/PolicySnapshot"},"scenarios":{"description":"Scenarios keyed by their semantic id (the part of the scenario id after the last colon).","type":"object","propertyNames":{"pattern":"^[0-9a-f]{12}$"},"additionalProperties":{"$ref":"scenario.schema.json"}}},"definitions":{"FunctionRef":{"title":"FunctionRef","description":"Which function the scenarios belong to. `module` is the source path relative to the root dir.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^\\S+$"},"module":{"type":"string","minLength":1},"exportName":{"type":"string","minLength":1}}},"PolicySnapshot":{"title":"PolicySnapshot","description":"The diff policy the scenarios were approved under.","type":"object","additionalProperties":false,"required":["id","semanticsVersion","hash"],"properties":{"id":{"type":"string","minLength":1},"semanticsVersion":{"type":"integer","minimum":0},"hash":{"type":"string"}}}}};
const schema12 = {"title":"FunctionRef","description":"Which function the scenarios belong to. `module` is the source path relative to the root dir.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^\\S+$"},"module":{"type":"string","minLength":1},"exportName":{"type":"string","minLength":1}}};
const schema13 = {"title":"PolicySnapshot","description":"The diff policy the scenarios were approved under.","type":"object","additionalProperties":false,"required":["id","semanticsVersion","hash"],"properties":{"id":{"type":"string","minLength":1},"semanticsVersion":{"type":"integer","minimum":0},"hash":{"type":"string"}}};
const pattern0 = new RegExp("^\\S+$", "u");
const pattern1 = new RegExp("^[0-9a-f]{12}$", "u");
const func2 = ucs2length;
const schema14 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shadowtest.dev/schema/scenario.schema.json","title":"Scenario","description":"One recorded behaviour of a function: its (encoded, redacted) input, what it returned or threw, and the dependencies it used. Stored in a baseline file under its semantic id.","type":"object","additionalProperties":false,"required":["id","status","version","seq","label","input","outcome","dependencies","capturedAt","source","history"],"properties":{"id":{"$ref":"#/definitions/ScenarioIdString"},"status":{"$ref":"#/definitions/ScenarioStatus"},"version":{"description":"1 when first stored, +1 on every approved change of outcome.","type":"integer","minimum":1},"seq":{"description":"Monotonic per baseline file, assigned when the scenario is first stored.","type":"integer","minimum":1},"label":{"description":"Human readable name, used as the test name.","type":"string"},"input":{"$ref":"#/definitions/ScenarioInput"},"outcome":{"$ref":"#/definitions/Outcome"},"dependencies":{"type":"array","items":{"$ref":"#/definitions/Dependency"}},"noise":{"description":"JSONPaths whose values differ between two replays of unchanged code; ignored by the diff.","type":"array","items":{"type":"string","pattern":"^\\$"}},"proposed":{"$ref":"#/definitions/Proposal"},"capturedAt":{"$ref":"#/definitions/Timestamp"},"durationMs":{"type":"number","minimum":0},"source":{"$ref":"#/definitions/Source"},"history":{"type":"array","items":{"$ref":"#/definitions/HistoryEntry"}}},"definitions":{"Encoded":{"description":"A value in Shadowtest's lossless tagged encoding: plain JSON, with non-JSON values as objects tagged by a \"$st\" key.","tsType":"JsonValue"},"ScenarioIdString":{"description":"\"<function id>:<semantic id>\", the semantic id being 12 lowercase hex characters.","type":"string","pattern":"^\\S+:[0-9a-f]{12}$"},"Timestamp":{"description":"An ISO 8601 date-time, e.g. 2026-01-01T12:00:00.000Z.","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"},"ScenarioStatus":{"title":"ScenarioStatus","type":"string","enum":["pending","approved","deprecated"]},"GovernanceAction":{"title":"GovernanceAction","description":"What a history entry records: `record` is the first storing of a scenario, the others are governance transitions.","type":"string","enum":["record","approve","deprecate","propose","approve-change","rerecord"]},"ScenarioInput":{"title":"ScenarioInput","description":"The call's arguments and receiver, encoded and redacted; the semantic id is the hash of exactly this value.","type":"object","additionalProperties":false,"required":["args"],"properties":{"args":{"type":"array","items":{"$ref":"#/definitions/Encoded"}},"this":{"$ref":"#/definitions/Encoded"}}},"Outcome":{"title":"Outcome","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/definitions/ReturnOutcome"},{"$ref":"#/definitions/ThrowOutcome"}]},"ReturnOutcome":{"title":"ReturnOutcome","type":"object","additionalProperties":false,"required":["kind","value"],"properties":{"kind":{"const":"return"},"value":{"$ref":"#/definitions/Encoded"}}},"ThrowOutcome":{"title":"ThrowOutcome","type":"object","additionalProperties":false,"required":["kind","error"],"properties":{"kind":{"const":"throw"},"error":{"$ref":"#/definitions/Encoded"}}},"Dependency":{"title":"Dependency","description":"A recorded call the function made: a nested captured function, an HTTP/fetch exchange, or the clock.","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/definitions/CallDependency"},{"$ref":"#/definitions/HttpDependency"},{"$ref":"#/definitions/ClockDependency"}]},"CallDependency":{"title":"CallDependency","type":"object","additionalProperties":false,"required":["kind","functionId","scenarioId","input","outcome","order"],"properties":{"kind":{"const":"call"},"functionId":{"type":"string","minLength":1},"scenarioId":{"$ref":"#/definitions/ScenarioIdString"},"input":{"$ref":"#/definitions/ScenarioInput"},"outcome":{"$ref":"#/definitions/Outcome"},"order":{"type":"integer","minimum":0}}},"HttpDependency":{"title":"HttpDependency","type":"object","additionalProperties":false,"required":["kind","order","request","response"],"properties":{"kind":{"const":"http"},"order":{"type":"integer","minimum":0},"request":{"title":"HttpRequestRecord","type":"object","additionalProperties":false,"required":["method","url","headers"],"properties":{"method":{"type":"string","minLength":1},"url":{"type":"string","minLength":1},"headers":{"$ref":"#/definitions/Headers"},"body":{"$ref":"#/definitions/Encoded"}}},"response":{"title":"HttpResponseRecord","type":"object","additionalProperties":false,"required":["status","headers"],"properties":{"status":{"type":"integer","minimum":0,"maximum":999},"statusText":{"type":"string"},"headers":{"$ref":"#/definitions/Headers"},"body":{"$ref":"#/definitions/Encoded"}}}}},"Headers":{"title":"HttpHeaders","description":"Recorded header names (lower case) and values; only the headers configured in capture.http.recordHeaders.","type":"object","additionalProperties":{"type":"string"}},"ClockDependency":{"title":"ClockDependency","type":"object","additionalProperties":false,"required":["kind","start","reads"],"properties":{"kind":{"const":"clock"},"start":{"description":"Epoch milliseconds when the call started.","type":"number"},"reads":{"description":"Every clock read (epoch ms) in order, replayed as is.","type":"array","items":{"type":"number"}}}},"Source":{"title":"Source","description":"Where a recording came from.","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"type":"string","enum":["record","vitest","jest","import"]},"command":{"type":"string"},"host":{"type":"string"},"pid":{"description":"Id of the process that captured the call (with host: which instance of a service recorded it).","type":"integer","minimum":0},"runId":{"type":"string"}}},"Proposal":{"title":"Proposal","description":"A newly recorded outcome that differs from the stored one, awaiting `approve-change`.","type":"object","additionalProperties":false,"required":["outcome","dependencies","capturedAt","source"],"properties":{"outcome":{"$ref":"#/definitions/Outcome"},"dependencies":{"type":"array","items":{"$ref":"#/definitions/Dependency"}},"capturedAt":{"$ref":"#/definitions/Timestamp"},"durationMs":{"type":"number","minimum":0},"source":{"$ref":"#/definitions/Source"}}},"HistoryEntry":{"title":"HistoryEntry","description":"One governance decision. `from` is null for the first `record` entry.","type":"object","additionalProperties":false,"required":["action","from","to","at","by","version"],"properties":{"action":{"$ref":"#/definitions/GovernanceAction"},"from":{"anyOf":[{"$ref":"#/definitions/ScenarioStatus"},{"type":"null"}]},"to":{"$ref":"#/definitions/ScenarioStatus"},"at":{"$ref":"#/definitions/Timestamp"},"by":{"type":"string","minLength":1},"reason":{"type":"string"},"version":{"description":"The scenario's version after this decision.","type":"integer","minimum":1}}}}};
const schema15 = {"description":"\"<function id>:<semantic id>\", the semantic id being 12 lowercase hex characters.","type":"string","pattern":"^\\S+:[0-9a-f]{12}$"};
const schema16 = {"title":"ScenarioStatus","type":"string","enum":["pending","approved","deprecated"]};
const schema35 = {"description":"An ISO 8601 date-time, e.g. 2026-01-01T12:00:00.000Z.","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"};
const schema36 = {"title":"Source","description":"Where a recording came from.","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"type":"string","enum":["record","vitest","jest","import"]},"command":{"type":"string"},"host":{"type":"string"},"pid":{"description":"Id of the process that captured the call (with host: which instance of a service recorded it).","type":"integer","minimum":0},"runId":{"type":"string"}}};
const func6 = Object.prototype.hasOwnProperty;
const pattern2 = new RegExp("^\\S+:[0-9a-f]{12}$", "u");
const pattern4 = new RegExp("^\\$", "u");
const pattern5 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}", "u");
const schema17 = {"title":"ScenarioInput","description":"The call's arguments and receiver, encoded and redacted; the semantic id is the hash of exactly this value.","type":"object","additionalProperties":false,"required":["args"],"properties":{"args":{"type":"array","items":{"$ref":"#/definitions/Encoded"}},"this":{"$ref":"#/definitions/Encoded"}}};
const schema18 = {"description":"A value in Shadowtest's lossless tagged encoding: plain JSON, with non-JSON values as objects tagged by a \"$st\" key.","tsType":"JsonValue"};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.args === undefined) && (missing0 = "args")){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema17.required,parentSchema:schema17,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "args") || (key0 === "this"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.args !== undefined){
let data0 = data.args;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.args.type,parentSchema:schema17.properties.args,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.this !== undefined){
const _errs5 = errors;
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

const schema20 = {"title":"Outcome","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/definitions/ReturnOutcome"},{"$ref":"#/definitions/ThrowOutcome"}]};
const schema21 = {"title":"ReturnOutcome","type":"object","additionalProperties":false,"required":["kind","value"],"properties":{"kind":{"const":"return"},"value":{"$ref":"#/definitions/Encoded"}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.kind === undefined) && (missing0 = "kind")) || ((data.value === undefined) && (missing0 = "value"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema21.required,parentSchema:schema21,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "kind") || (key0 === "value"))){
validate15.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
let data0 = data.kind;
const _errs2 = errors;
if("return" !== data0){
validate15.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "return"},message:"must be equal to constant",schema:"return",parentSchema:schema21.properties.kind,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.value !== undefined){
const _errs3 = errors;
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

const schema23 = {"title":"ThrowOutcome","type":"object","additionalProperties":false,"required":["kind","error"],"properties":{"kind":{"const":"throw"},"error":{"$ref":"#/definitions/Encoded"}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.kind === undefined) && (missing0 = "kind")) || ((data.error === undefined) && (missing0 = "error"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema23.required,parentSchema:schema23,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "kind") || (key0 === "error"))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
let data0 = data.kind;
const _errs2 = errors;
if("throw" !== data0){
validate16.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "throw"},message:"must be equal to constant",schema:"throw",parentSchema:schema23.properties.kind,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
const _errs3 = errors;
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema20.required,parentSchema:schema20,data}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "return"){
if(!(validate15(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
else if(tag0 === "throw"){
if(!(validate16(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema20.discriminator,parentSchema:schema20,data}];
return false;
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema20.discriminator,parentSchema:schema20,data}];
return false;
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

const schema25 = {"title":"Dependency","description":"A recorded call the function made: a nested captured function, an HTTP/fetch exchange, or the clock.","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/definitions/CallDependency"},{"$ref":"#/definitions/HttpDependency"},{"$ref":"#/definitions/ClockDependency"}]};
const schema33 = {"title":"ClockDependency","type":"object","additionalProperties":false,"required":["kind","start","reads"],"properties":{"kind":{"const":"clock"},"start":{"description":"Epoch milliseconds when the call started.","type":"number"},"reads":{"description":"Every clock read (epoch ms) in order, replayed as is.","type":"array","items":{"type":"number"}}}};
const schema26 = {"title":"CallDependency","type":"object","additionalProperties":false,"required":["kind","functionId","scenarioId","input","outcome","order"],"properties":{"kind":{"const":"call"},"functionId":{"type":"string","minLength":1},"scenarioId":{"$ref":"#/definitions/ScenarioIdString"},"input":{"$ref":"#/definitions/ScenarioInput"},"outcome":{"$ref":"#/definitions/Outcome"},"order":{"type":"integer","minimum":0}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.kind === undefined) && (missing0 = "kind")) || ((data.functionId === undefined) && (missing0 = "functionId"))) || ((data.scenarioId === undefined) && (missing0 = "scenarioId"))) || ((data.input === undefined) && (missing0 = "input"))) || ((data.outcome === undefined) && (missing0 = "outcome"))) || ((data.order === undefined) && (missing0 = "order"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema26.required,parentSchema:schema26,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "kind") || (key0 === "functionId")) || (key0 === "scenarioId")) || (key0 === "input")) || (key0 === "outcome")) || (key0 === "order"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
let data0 = data.kind;
const _errs2 = errors;
if("call" !== data0){
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "call"},message:"must be equal to constant",schema:"call",parentSchema:schema26.properties.kind,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.functionId !== undefined){
let data1 = data.functionId;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate21.errors = [{instancePath:instancePath+"/functionId",schemaPath:"#/properties/functionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.functionId,data:data1}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/functionId",schemaPath:"#/properties/functionId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.functionId.type,parentSchema:schema26.properties.functionId,data:data1}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scenarioId !== undefined){
let data2 = data.scenarioId;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
validate21.errors = [{instancePath:instancePath+"/scenarioId",schemaPath:"#/definitions/ScenarioIdString/pattern",keyword:"pattern",params:{pattern: "^\\S+:[0-9a-f]{12}$"},message:"must match pattern \""+"^\\S+:[0-9a-f]{12}$"+"\"",schema:"^\\S+:[0-9a-f]{12}$",parentSchema:schema15,data:data2}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/scenarioId",schemaPath:"#/definitions/ScenarioIdString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data2}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
const _errs8 = errors;
if(!(validate12(data.input, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outcome !== undefined){
const _errs9 = errors;
if(!(validate14(data.outcome, {instancePath:instancePath+"/outcome",parentData:data,parentDataProperty:"outcome",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order !== undefined){
let data5 = data.order;
const _errs10 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate21.errors = [{instancePath:instancePath+"/order",schemaPath:"#/properties/order/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.properties.order.type,parentSchema:schema26.properties.order,data:data5}];
return false;
}
if(errors === _errs10){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate21.errors = [{instancePath:instancePath+"/order",schemaPath:"#/properties/order/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema26.properties.order,data:data5}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

const schema28 = {"title":"HttpDependency","type":"object","additionalProperties":false,"required":["kind","order","request","response"],"properties":{"kind":{"const":"http"},"order":{"type":"integer","minimum":0},"request":{"title":"HttpRequestRecord","type":"object","additionalProperties":false,"required":["method","url","headers"],"properties":{"method":{"type":"string","minLength":1},"url":{"type":"string","minLength":1},"headers":{"$ref":"#/definitions/Headers"},"body":{"$ref":"#/definitions/Encoded"}}},"response":{"title":"HttpResponseRecord","type":"object","additionalProperties":false,"required":["status","headers"],"properties":{"status":{"type":"integer","minimum":0,"maximum":999},"statusText":{"type":"string"},"headers":{"$ref":"#/definitions/Headers"},"body":{"$ref":"#/definitions/Encoded"}}}}};
const schema29 = {"title":"HttpHeaders","description":"Recorded header names (lower case) and values; only the headers configured in capture.http.recordHeaders.","type":"object","additionalProperties":{"type":"string"}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.kind === undefined) && (missing0 = "kind")) || ((data.order === undefined) && (missing0 = "order"))) || ((data.request === undefined) && (missing0 = "request"))) || ((data.response === undefined) && (missing0 = "response"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema28.required,parentSchema:schema28,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "kind") || (key0 === "order")) || (key0 === "request")) || (key0 === "response"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
let data0 = data.kind;
const _errs2 = errors;
if("http" !== data0){
validate24.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "http"},message:"must be equal to constant",schema:"http",parentSchema:schema28.properties.kind,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order !== undefined){
let data1 = data.order;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate24.errors = [{instancePath:instancePath+"/order",schemaPath:"#/properties/order/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.properties.order.type,parentSchema:schema28.properties.order,data:data1}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate24.errors = [{instancePath:instancePath+"/order",schemaPath:"#/properties/order/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema28.properties.order,data:data1}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.request !== undefined){
let data2 = data.request;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.method === undefined) && (missing1 = "method")) || ((data2.url === undefined) && (missing1 = "url"))) || ((data2.headers === undefined) && (missing1 = "headers"))){
validate24.errors = [{instancePath:instancePath+"/request",schemaPath:"#/properties/request/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema28.properties.request.required,parentSchema:schema28.properties.request,data:data2}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data2){
if(!((((key1 === "method") || (key1 === "url")) || (key1 === "headers")) || (key1 === "body"))){
validate24.errors = [{instancePath:instancePath+"/request",schemaPath:"#/properties/request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.request,data:data2}];
return false;
break;
}
}
if(_errs7 === errors){
if(data2.method !== undefined){
let data3 = data2.method;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate24.errors = [{instancePath:instancePath+"/request/method",schemaPath:"#/properties/request/properties/method/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.request.properties.method,data:data3}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/request/method",schemaPath:"#/properties/request/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.request.properties.method.type,parentSchema:schema28.properties.request.properties.method,data:data3}];
return false;
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.url !== undefined){
let data4 = data2.url;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate24.errors = [{instancePath:instancePath+"/request/url",schemaPath:"#/properties/request/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.request.properties.url,data:data4}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/request/url",schemaPath:"#/properties/request/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.request.properties.url.type,parentSchema:schema28.properties.request.properties.url,data:data4}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.headers !== undefined){
let data5 = data2.headers;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
let data6 = data5[key2];
const _errs16 = errors;
if(typeof data6 !== "string"){
validate24.errors = [{instancePath:instancePath+"/request/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.additionalProperties.type,parentSchema:schema29.additionalProperties,data:data6}];
return false;
}
var valid3 = _errs16 === errors;
if(!valid3){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/request/headers",schemaPath:"#/definitions/Headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data5}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.body !== undefined){
const _errs18 = errors;
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/request",schemaPath:"#/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.request.type,parentSchema:schema28.properties.request,data:data2}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.response !== undefined){
let data8 = data.response;
const _errs19 = errors;
if(errors === _errs19){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if(((data8.status === undefined) && (missing2 = "status")) || ((data8.headers === undefined) && (missing2 = "headers"))){
validate24.errors = [{instancePath:instancePath+"/response",schemaPath:"#/properties/response/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'",schema:schema28.properties.response.required,parentSchema:schema28.properties.response,data:data8}];
return false;
}
else {
const _errs21 = errors;
for(const key3 in data8){
if(!((((key3 === "status") || (key3 === "statusText")) || (key3 === "headers")) || (key3 === "body"))){
validate24.errors = [{instancePath:instancePath+"/response",schemaPath:"#/properties/response/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.response,data:data8}];
return false;
break;
}
}
if(_errs21 === errors){
if(data8.status !== undefined){
let data9 = data8.status;
const _errs22 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate24.errors = [{instancePath:instancePath+"/response/status",schemaPath:"#/properties/response/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.properties.response.properties.status.type,parentSchema:schema28.properties.response.properties.status,data:data9}];
return false;
}
if(errors === _errs22){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 999 || isNaN(data9)){
validate24.errors = [{instancePath:instancePath+"/response/status",schemaPath:"#/properties/response/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999},message:"must be <= 999",schema:999,parentSchema:schema28.properties.response.properties.status,data:data9}];
return false;
}
else {
if(data9 < 0 || isNaN(data9)){
validate24.errors = [{instancePath:instancePath+"/response/status",schemaPath:"#/properties/response/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema28.properties.response.properties.status,data:data9}];
return false;
}
}
}
}
var valid5 = _errs22 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data8.statusText !== undefined){
let data10 = data8.statusText;
const _errs24 = errors;
if(typeof data10 !== "string"){
validate24.errors = [{instancePath:instancePath+"/response/statusText",schemaPath:"#/properties/response/properties/statusText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.response.properties.statusText.type,parentSchema:schema28.properties.response.properties.statusText,data:data10}];
return false;
}
var valid5 = _errs24 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data8.headers !== undefined){
let data11 = data8.headers;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key4 in data11){
let data12 = data11[key4];
const _errs30 = errors;
if(typeof data12 !== "string"){
validate24.errors = [{instancePath:instancePath+"/response/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.additionalProperties.type,parentSchema:schema29.additionalProperties,data:data12}];
return false;
}
var valid7 = _errs30 === errors;
if(!valid7){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/response/headers",schemaPath:"#/definitions/Headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data11}];
return false;
}
}
var valid5 = _errs26 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data8.body !== undefined){
const _errs32 = errors;
var valid5 = _errs32 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/response",schemaPath:"#/properties/response/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.response.type,parentSchema:schema28.properties.response,data:data8}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema25.required,parentSchema:schema25,data}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "call"){
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
else if(tag0 === "http"){
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
else if(tag0 === "clock"){
const _errs5 = errors;
if(errors === _errs5){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.kind === undefined) && (missing1 = "kind")) || ((data.start === undefined) && (missing1 = "start"))) || ((data.reads === undefined) && (missing1 = "reads"))){
validate20.errors = [{instancePath,schemaPath:"#/definitions/ClockDependency/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema33.required,parentSchema:schema33,data}];
return false;
}
else {
const _errs7 = errors;
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "start")) || (key0 === "reads"))){
validate20.errors = [{instancePath,schemaPath:"#/definitions/ClockDependency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data}];
return false;
break;
}
}
if(_errs7 === errors){
if(data.kind !== undefined){
let data0 = data.kind;
const _errs8 = errors;
if("clock" !== data0){
validate20.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/ClockDependency/properties/kind/const",keyword:"const",params:{allowedValue: "clock"},message:"must be equal to constant",schema:"clock",parentSchema:schema33.properties.kind,data:data0}];
return false;
}
var valid5 = _errs8 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.start !== undefined){
let data1 = data.start;
const _errs9 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
validate20.errors = [{instancePath:instancePath+"/start",schemaPath:"#/definitions/ClockDependency/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema33.properties.start.type,parentSchema:schema33.properties.start,data:data1}];
return false;
}
var valid5 = _errs9 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.reads !== undefined){
let data2 = data.reads;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data2)){
var valid6 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs13 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate20.errors = [{instancePath:instancePath+"/reads/" + i0,schemaPath:"#/definitions/ClockDependency/properties/reads/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema33.properties.reads.items.type,parentSchema:schema33.properties.reads.items,data:data3}];
return false;
}
var valid6 = _errs13 === errors;
if(!valid6){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/reads",schemaPath:"#/definitions/ClockDependency/properties/reads/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.reads.type,parentSchema:schema33.properties.reads,data:data2}];
return false;
}
}
var valid5 = _errs11 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/definitions/ClockDependency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data}];
return false;
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema25.discriminator,parentSchema:schema25,data}];
return false;
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema25.discriminator,parentSchema:schema25,data}];
return false;
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

const schema34 = {"title":"Proposal","description":"A newly recorded outcome that differs from the stored one, awaiting `approve-change`.","type":"object","additionalProperties":false,"required":["outcome","dependencies","capturedAt","source"],"properties":{"outcome":{"$ref":"#/definitions/Outcome"},"dependencies":{"type":"array","items":{"$ref":"#/definitions/Dependency"}},"capturedAt":{"$ref":"#/definitions/Timestamp"},"durationMs":{"type":"number","minimum":0},"source":{"$ref":"#/definitions/Source"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.outcome === undefined) && (missing0 = "outcome")) || ((data.dependencies === undefined) && (missing0 = "dependencies"))) || ((data.capturedAt === undefined) && (missing0 = "capturedAt"))) || ((data.source === undefined) && (missing0 = "source"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema34.required,parentSchema:schema34,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "outcome") || (key0 === "dependencies")) || (key0 === "capturedAt")) || (key0 === "durationMs")) || (key0 === "source"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.outcome !== undefined){
const _errs2 = errors;
if(!(validate14(data.outcome, {instancePath:instancePath+"/outcome",parentData:data,parentDataProperty:"outcome",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dependencies !== undefined){
let data1 = data.dependencies;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate20(data1[i0], {instancePath:instancePath+"/dependencies/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.dependencies.type,parentSchema:schema34.properties.dependencies,data:data1}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capturedAt !== undefined){
let data3 = data.capturedAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate28.errors = [{instancePath:instancePath+"/capturedAt",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}",parentSchema:schema35,data:data3}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/capturedAt",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data3}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.durationMs !== undefined){
let data4 = data.durationMs;
const _errs9 = errors;
if(errors === _errs9){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate28.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34.properties.durationMs,data:data4}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.properties.durationMs.type,parentSchema:schema34.properties.durationMs,data:data4}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data5 = data.source;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.kind === undefined) && (missing1 = "kind")){
validate28.errors = [{instancePath:instancePath+"/source",schemaPath:"#/definitions/Source/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema36.required,parentSchema:schema36,data:data5}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data5){
if(!(((((key1 === "kind") || (key1 === "command")) || (key1 === "host")) || (key1 === "pid")) || (key1 === "runId"))){
validate28.errors = [{instancePath:instancePath+"/source",schemaPath:"#/definitions/Source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data5}];
return false;
break;
}
}
if(_errs14 === errors){
if(data5.kind !== undefined){
let data6 = data5.kind;
const _errs15 = errors;
if(typeof data6 !== "string"){
validate28.errors = [{instancePath:instancePath+"/source/kind",schemaPath:"#/definitions/Source/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.kind.type,parentSchema:schema36.properties.kind,data:data6}];
return false;
}
if(!((((data6 === "record") || (data6 === "vitest")) || (data6 === "jest")) || (data6 === "import"))){
validate28.errors = [{instancePath:instancePath+"/source/kind",schemaPath:"#/definitions/Source/properties/kind/enum",keyword:"enum",params:{allowedValues: schema36.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.kind.enum,parentSchema:schema36.properties.kind,data:data6}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.command !== undefined){
let data7 = data5.command;
const _errs17 = errors;
if(typeof data7 !== "string"){
validate28.errors = [{instancePath:instancePath+"/source/command",schemaPath:"#/definitions/Source/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.command.type,parentSchema:schema36.properties.command,data:data7}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.host !== undefined){
let data8 = data5.host;
const _errs19 = errors;
if(typeof data8 !== "string"){
validate28.errors = [{instancePath:instancePath+"/source/host",schemaPath:"#/definitions/Source/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.host.type,parentSchema:schema36.properties.host,data:data8}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.pid !== undefined){
let data9 = data5.pid;
const _errs21 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate28.errors = [{instancePath:instancePath+"/source/pid",schemaPath:"#/definitions/Source/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.pid.type,parentSchema:schema36.properties.pid,data:data9}];
return false;
}
if(errors === _errs21){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate28.errors = [{instancePath:instancePath+"/source/pid",schemaPath:"#/definitions/Source/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.pid,data:data9}];
return false;
}
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.runId !== undefined){
let data10 = data5.runId;
const _errs23 = errors;
if(typeof data10 !== "string"){
validate28.errors = [{instancePath:instancePath+"/source/runId",schemaPath:"#/definitions/Source/properties/runId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.runId.type,parentSchema:schema36.properties.runId,data:data10}];
return false;
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/source",schemaPath:"#/definitions/Source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data5}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}

const schema39 = {"title":"HistoryEntry","description":"One governance decision. `from` is null for the first `record` entry.","type":"object","additionalProperties":false,"required":["action","from","to","at","by","version"],"properties":{"action":{"$ref":"#/definitions/GovernanceAction"},"from":{"anyOf":[{"$ref":"#/definitions/ScenarioStatus"},{"type":"null"}]},"to":{"$ref":"#/definitions/ScenarioStatus"},"at":{"$ref":"#/definitions/Timestamp"},"by":{"type":"string","minLength":1},"reason":{"type":"string"},"version":{"description":"The scenario's version after this decision.","type":"integer","minimum":1}}};
const schema40 = {"title":"GovernanceAction","description":"What a history entry records: `record` is the first storing of a scenario, the others are governance transitions.","type":"string","enum":["record","approve","deprecate","propose","approve-change","rerecord"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.action === undefined) && (missing0 = "action")) || ((data.from === undefined) && (missing0 = "from"))) || ((data.to === undefined) && (missing0 = "to"))) || ((data.at === undefined) && (missing0 = "at"))) || ((data.by === undefined) && (missing0 = "by"))) || ((data.version === undefined) && (missing0 = "version"))){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema39.required,parentSchema:schema39,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "action") || (key0 === "from")) || (key0 === "to")) || (key0 === "at")) || (key0 === "by")) || (key0 === "reason")) || (key0 === "version"))){
validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.action !== undefined){
let data0 = data.action;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate32.errors = [{instancePath:instancePath+"/action",schemaPath:"#/definitions/GovernanceAction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data0}];
return false;
}
if(!((((((data0 === "record") || (data0 === "approve")) || (data0 === "deprecate")) || (data0 === "propose")) || (data0 === "approve-change")) || (data0 === "rerecord"))){
validate32.errors = [{instancePath:instancePath+"/action",schemaPath:"#/definitions/GovernanceAction/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values",schema:schema40.enum,parentSchema:schema40,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
let data1 = data.from;
const _errs5 = errors;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(typeof data1 !== "string"){
const err0 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/ScenarioStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data1 === "pending") || (data1 === "approved")) || (data1 === "deprecated"))){
const err1 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/ScenarioStatus/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs10 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema39.properties.from.anyOf[1].type,parentSchema:schema39.properties.from.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err3 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema39.properties.from.anyOf,parentSchema:schema39.properties.from,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate32.errors = vErrors;
return false;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.to !== undefined){
let data2 = data.to;
const _errs12 = errors;
if(typeof data2 !== "string"){
validate32.errors = [{instancePath:instancePath+"/to",schemaPath:"#/definitions/ScenarioStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data2}];
return false;
}
if(!(((data2 === "pending") || (data2 === "approved")) || (data2 === "deprecated"))){
validate32.errors = [{instancePath:instancePath+"/to",schemaPath:"#/definitions/ScenarioStatus/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data2}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.at !== undefined){
let data3 = data.at;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate32.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}",parentSchema:schema35,data:data3}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data3}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.by !== undefined){
let data4 = data.by;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate32.errors = [{instancePath:instancePath+"/by",schemaPath:"#/properties/by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.by,data:data4}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/by",schemaPath:"#/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.by.type,parentSchema:schema39.properties.by,data:data4}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data5 = data.reason;
const _errs20 = errors;
if(typeof data5 !== "string"){
validate32.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.reason.type,parentSchema:schema39.properties.reason,data:data5}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data6 = data.version;
const _errs22 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate32.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.version.type,parentSchema:schema39.properties.version,data:data6}];
return false;
}
if(errors === _errs22){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
validate32.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.version,data:data6}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://shadowtest.dev/schema/scenario.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.id === undefined) && (missing0 = "id")) || ((data.status === undefined) && (missing0 = "status"))) || ((data.version === undefined) && (missing0 = "version"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.label === undefined) && (missing0 = "label"))) || ((data.input === undefined) && (missing0 = "input"))) || ((data.outcome === undefined) && (missing0 = "outcome"))) || ((data.dependencies === undefined) && (missing0 = "dependencies"))) || ((data.capturedAt === undefined) && (missing0 = "capturedAt"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.history === undefined) && (missing0 = "history"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema14.required,parentSchema:schema14,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func6.call(schema14.properties, key0))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
validate11.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/ScenarioIdString/pattern",keyword:"pattern",params:{pattern: "^\\S+:[0-9a-f]{12}$"},message:"must match pattern \""+"^\\S+:[0-9a-f]{12}$"+"\"",schema:"^\\S+:[0-9a-f]{12}$",parentSchema:schema15,data:data0}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/ScenarioIdString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data1 = data.status;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate11.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/ScenarioStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data1}];
return false;
}
if(!(((data1 === "pending") || (data1 === "approved")) || (data1 === "deprecated"))){
validate11.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/ScenarioStatus/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data1}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data2 = data.version;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate11.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.version.type,parentSchema:schema14.properties.version,data:data2}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate11.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.properties.version,data:data2}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data3 = data.seq;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate11.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.seq.type,parentSchema:schema14.properties.seq,data:data3}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate11.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.properties.seq,data:data3}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.label !== undefined){
let data4 = data.label;
const _errs12 = errors;
if(typeof data4 !== "string"){
validate11.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.label.type,parentSchema:schema14.properties.label,data:data4}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
const _errs14 = errors;
if(!(validate12(data.input, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outcome !== undefined){
const _errs15 = errors;
if(!(validate14(data.outcome, {instancePath:instancePath+"/outcome",parentData:data,parentDataProperty:"outcome",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dependencies !== undefined){
let data7 = data.dependencies;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data7)){
var valid3 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs18 = errors;
if(!(validate20(data7[i0], {instancePath:instancePath+"/dependencies/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid3 = _errs18 === errors;
if(!valid3){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.dependencies.type,parentSchema:schema14.properties.dependencies,data:data7}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.noise !== undefined){
let data9 = data.noise;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data9)){
var valid4 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs21 = errors;
if(errors === _errs21){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
validate11.errors = [{instancePath:instancePath+"/noise/" + i1,schemaPath:"#/properties/noise/items/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.noise.items,data:data10}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/noise/" + i1,schemaPath:"#/properties/noise/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.noise.items.type,parentSchema:schema14.properties.noise.items,data:data10}];
return false;
}
}
var valid4 = _errs21 === errors;
if(!valid4){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/noise",schemaPath:"#/properties/noise/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.noise.type,parentSchema:schema14.properties.noise,data:data9}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.proposed !== undefined){
const _errs23 = errors;
if(!(validate28(data.proposed, {instancePath:instancePath+"/proposed",parentData:data,parentDataProperty:"proposed",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capturedAt !== undefined){
let data12 = data.capturedAt;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data12 === "string"){
if(!pattern5.test(data12)){
validate11.errors = [{instancePath:instancePath+"/capturedAt",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}",parentSchema:schema35,data:data12}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/capturedAt",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data12}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.durationMs !== undefined){
let data13 = data.durationMs;
const _errs27 = errors;
if(errors === _errs27){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate11.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties.durationMs,data:data13}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties.durationMs.type,parentSchema:schema14.properties.durationMs,data:data13}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data14 = data.source;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing1;
if((data14.kind === undefined) && (missing1 = "kind")){
validate11.errors = [{instancePath:instancePath+"/source",schemaPath:"#/definitions/Source/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema36.required,parentSchema:schema36,data:data14}];
return false;
}
else {
const _errs32 = errors;
for(const key1 in data14){
if(!(((((key1 === "kind") || (key1 === "command")) || (key1 === "host")) || (key1 === "pid")) || (key1 === "runId"))){
validate11.errors = [{instancePath:instancePath+"/source",schemaPath:"#/definitions/Source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data14}];
return false;
break;
}
}
if(_errs32 === errors){
if(data14.kind !== undefined){
let data15 = data14.kind;
const _errs33 = errors;
if(typeof data15 !== "string"){
validate11.errors = [{instancePath:instancePath+"/source/kind",schemaPath:"#/definitions/Source/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.kind.type,parentSchema:schema36.properties.kind,data:data15}];
return false;
}
if(!((((data15 === "record") || (data15 === "vitest")) || (data15 === "jest")) || (data15 === "import"))){
validate11.errors = [{instancePath:instancePath+"/source/kind",schemaPath:"#/definitions/Source/properties/kind/enum",keyword:"enum",params:{allowedValues: schema36.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.kind.enum,parentSchema:schema36.properties.kind,data:data15}];
return false;
}
var valid7 = _errs33 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data14.command !== undefined){
let data16 = data14.command;
const _errs35 = errors;
if(typeof data16 !== "string"){
validate11.errors = [{instancePath:instancePath+"/source/command",schemaPath:"#/definitions/Source/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.command.type,parentSchema:schema36.properties.command,data:data16}];
return false;
}
var valid7 = _errs35 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data14.host !== undefined){
let data17 = data14.host;
const _errs37 = errors;
if(typeof data17 !== "string"){
validate11.errors = [{instancePath:instancePath+"/source/host",schemaPath:"#/definitions/Source/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.host.type,parentSchema:schema36.properties.host,data:data17}];
return false;
}
var valid7 = _errs37 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data14.pid !== undefined){
let data18 = data14.pid;
const _errs39 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate11.errors = [{instancePath:instancePath+"/source/pid",schemaPath:"#/definitions/Source/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.pid.type,parentSchema:schema36.properties.pid,data:data18}];
return false;
}
if(errors === _errs39){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
validate11.errors = [{instancePath:instancePath+"/source/pid",schemaPath:"#/definitions/Source/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.pid,data:data18}];
return false;
}
}
}
var valid7 = _errs39 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data14.runId !== undefined){
let data19 = data14.runId;
const _errs41 = errors;
if(typeof data19 !== "string"){
validate11.errors = [{instancePath:instancePath+"/source/runId",schemaPath:"#/definitions/Source/properties/runId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.runId.type,parentSchema:schema36.properties.runId,data:data19}];
return false;
}
var valid7 = _errs41 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/source",schemaPath:"#/definitions/Source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data14}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.history !== undefined){
let data20 = data.history;
const _errs43 = errors;
if(errors === _errs43){
if(Array.isArray(data20)){
var valid8 = true;
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
const _errs45 = errors;
if(!(validate32(data20[i2], {instancePath:instancePath+"/history/" + i2,parentData:data20,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid8 = _errs45 === errors;
if(!valid8){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.history.type,parentSchema:schema14.properties.history,data:data20}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://shadowtest.dev/schema/baseline-file.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.schemaVersion === undefined) && (missing0 = "schemaVersion")) || ((data.function === undefined) && (missing0 = "function"))) || ((data.engineVersion === undefined) && (missing0 = "engineVersion"))) || ((data.policy === undefined) && (missing0 = "policy"))) || ((data.scenarios === undefined) && (missing0 = "scenarios"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema11.required,parentSchema:schema11,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "$schema") || (key0 === "schemaVersion")) || (key0 === "function")) || (key0 === "engineVersion")) || (key0 === "policy")) || (key0 === "scenarios"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
let data0 = data.$schema;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate10.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.schemaVersion !== undefined){
let data1 = data.schemaVersion;
const _errs4 = errors;
if(2 !== data1){
validate10.errors = [{instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 2},message:"must be equal to constant",schema:2,parentSchema:schema11.properties.schemaVersion,data:data1}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.function !== undefined){
let data2 = data.function;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.id === undefined) && (missing1 = "id")){
validate10.errors = [{instancePath:instancePath+"/function",schemaPath:"#/definitions/FunctionRef/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema12.required,parentSchema:schema12,data:data2}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data2){
if(!(((key1 === "id") || (key1 === "module")) || (key1 === "exportName"))){
validate10.errors = [{instancePath:instancePath+"/function",schemaPath:"#/definitions/FunctionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data:data2}];
return false;
break;
}
}
if(_errs8 === errors){
if(data2.id !== undefined){
let data3 = data2.id;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
validate10.errors = [{instancePath:instancePath+"/function/id",schemaPath:"#/definitions/FunctionRef/properties/id/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema12.properties.id,data:data3}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/function/id",schemaPath:"#/definitions/FunctionRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.id.type,parentSchema:schema12.properties.id,data:data3}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.module !== undefined){
let data4 = data2.module;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate10.errors = [{instancePath:instancePath+"/function/module",schemaPath:"#/definitions/FunctionRef/properties/module/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.module,data:data4}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/function/module",schemaPath:"#/definitions/FunctionRef/properties/module/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.module.type,parentSchema:schema12.properties.module,data:data4}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.exportName !== undefined){
let data5 = data2.exportName;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func2(data5) < 1){
validate10.errors = [{instancePath:instancePath+"/function/exportName",schemaPath:"#/definitions/FunctionRef/properties/exportName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.exportName,data:data5}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/function/exportName",schemaPath:"#/definitions/FunctionRef/properties/exportName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.exportName.type,parentSchema:schema12.properties.exportName,data:data5}];
return false;
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/function",schemaPath:"#/definitions/FunctionRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data2}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.engineVersion !== undefined){
let data6 = data.engineVersion;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(func2(data6) < 1){
validate10.errors = [{instancePath:instancePath+"/engineVersion",schemaPath:"#/properties/engineVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.engineVersion,data:data6}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/engineVersion",schemaPath:"#/properties/engineVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.engineVersion.type,parentSchema:schema11.properties.engineVersion,data:data6}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policy !== undefined){
let data7 = data.policy;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((((data7.id === undefined) && (missing2 = "id")) || ((data7.semanticsVersion === undefined) && (missing2 = "semanticsVersion"))) || ((data7.hash === undefined) && (missing2 = "hash"))){
validate10.errors = [{instancePath:instancePath+"/policy",schemaPath:"#/definitions/PolicySnapshot/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'",schema:schema13.required,parentSchema:schema13,data:data7}];
return false;
}
else {
const _errs20 = errors;
for(const key2 in data7){
if(!(((key2 === "id") || (key2 === "semanticsVersion")) || (key2 === "hash"))){
validate10.errors = [{instancePath:instancePath+"/policy",schemaPath:"#/definitions/PolicySnapshot/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data7}];
return false;
break;
}
}
if(_errs20 === errors){
if(data7.id !== undefined){
let data8 = data7.id;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(func2(data8) < 1){
validate10.errors = [{instancePath:instancePath+"/policy/id",schemaPath:"#/definitions/PolicySnapshot/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.id,data:data8}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/policy/id",schemaPath:"#/definitions/PolicySnapshot/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.id.type,parentSchema:schema13.properties.id,data:data8}];
return false;
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data7.semanticsVersion !== undefined){
let data9 = data7.semanticsVersion;
const _errs23 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate10.errors = [{instancePath:instancePath+"/policy/semanticsVersion",schemaPath:"#/definitions/PolicySnapshot/properties/semanticsVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.semanticsVersion.type,parentSchema:schema13.properties.semanticsVersion,data:data9}];
return false;
}
if(errors === _errs23){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate10.errors = [{instancePath:instancePath+"/policy/semanticsVersion",schemaPath:"#/definitions/PolicySnapshot/properties/semanticsVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.semanticsVersion,data:data9}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data7.hash !== undefined){
let data10 = data7.hash;
const _errs25 = errors;
if(typeof data10 !== "string"){
validate10.errors = [{instancePath:instancePath+"/policy/hash",schemaPath:"#/definitions/PolicySnapshot/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.hash.type,parentSchema:schema13.properties.hash,data:data10}];
return false;
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/policy",schemaPath:"#/definitions/PolicySnapshot/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data7}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scenarios !== undefined){
let data11 = data.scenarios;
const _errs27 = errors;
if(errors === _errs27){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key3 in data11){
const _errs29 = errors;
if(typeof key3 === "string"){
if(!pattern1.test(key3)){
const err0 = {instancePath:instancePath+"/scenarios",schemaPath:"#/properties/scenarios/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{12}$"+"\"",schema:"^[0-9a-f]{12}$",parentSchema:schema11.properties.scenarios.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid5 = _errs29 === errors;
if(!valid5){
const err1 = {instancePath:instancePath+"/scenarios",schemaPath:"#/properties/scenarios/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema11.properties.scenarios.propertyNames,parentSchema:schema11.properties.scenarios,data:data11};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate10.errors = vErrors;
return false;
break;
}
}
if(valid5){
for(const key4 in data11){
const _errs31 = errors;
if(!(validate11(data11[key4], {instancePath:instancePath+"/scenarios/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data11,parentDataProperty:key4,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid6 = _errs31 === errors;
if(!valid6){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/scenarios",schemaPath:"#/properties/scenarios/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.type,parentSchema:schema11.properties.scenarios,data:data11}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

exports.captureRecord = validate35;
const schema44 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shadowtest.dev/schema/capture-record.schema.json","title":"CaptureRecord","description":"One line of a capture file (.shadowtest/captures/*.ndjson): a finished, encoded and redacted call.","type":"object","additionalProperties":false,"required":["v","functionId","semanticId","input","outcome","dependencies","capturedAt","durationMs","source"],"properties":{"v":{"const":1},"functionId":{"type":"string","pattern":"^\\S+$"},"module":{"type":"string","minLength":1},"exportName":{"type":"string","minLength":1},"semanticId":{"type":"string","pattern":"^[0-9a-f]{12}$"},"label":{"type":"string"},"input":{"$ref":"scenario.schema.json#/definitions/ScenarioInput"},"outcome":{"$ref":"scenario.schema.json#/definitions/Outcome"},"dependencies":{"type":"array","items":{"$ref":"scenario.schema.json#/definitions/Dependency"}},"capturedAt":{"$ref":"scenario.schema.json#/definitions/Timestamp"},"durationMs":{"type":"number","minimum":0},"source":{"$ref":"scenario.schema.json#/definitions/Source"}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.args === undefined) && (missing0 = "args")){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema17.required,parentSchema:schema17,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "args") || (key0 === "this"))){
validate36.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.args !== undefined){
let data0 = data.args;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.args.type,parentSchema:schema17.properties.args,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.this !== undefined){
const _errs5 = errors;
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema20.required,parentSchema:schema20,data}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "return"){
if(!(validate15(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
else if(tag0 === "throw"){
if(!(validate16(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema20.discriminator,parentSchema:schema20,data}];
return false;
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema20.discriminator,parentSchema:schema20,data}];
return false;
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema25.required,parentSchema:schema25,data}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "call"){
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
else if(tag0 === "http"){
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
else if(tag0 === "clock"){
const _errs5 = errors;
if(errors === _errs5){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.kind === undefined) && (missing1 = "kind")) || ((data.start === undefined) && (missing1 = "start"))) || ((data.reads === undefined) && (missing1 = "reads"))){
validate42.errors = [{instancePath,schemaPath:"#/definitions/ClockDependency/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema33.required,parentSchema:schema33,data}];
return false;
}
else {
const _errs7 = errors;
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "start")) || (key0 === "reads"))){
validate42.errors = [{instancePath,schemaPath:"#/definitions/ClockDependency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data}];
return false;
break;
}
}
if(_errs7 === errors){
if(data.kind !== undefined){
let data0 = data.kind;
const _errs8 = errors;
if("clock" !== data0){
validate42.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/ClockDependency/properties/kind/const",keyword:"const",params:{allowedValue: "clock"},message:"must be equal to constant",schema:"clock",parentSchema:schema33.properties.kind,data:data0}];
return false;
}
var valid5 = _errs8 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.start !== undefined){
let data1 = data.start;
const _errs9 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
validate42.errors = [{instancePath:instancePath+"/start",schemaPath:"#/definitions/ClockDependency/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema33.properties.start.type,parentSchema:schema33.properties.start,data:data1}];
return false;
}
var valid5 = _errs9 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.reads !== undefined){
let data2 = data.reads;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data2)){
var valid6 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs13 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate42.errors = [{instancePath:instancePath+"/reads/" + i0,schemaPath:"#/definitions/ClockDependency/properties/reads/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema33.properties.reads.items.type,parentSchema:schema33.properties.reads.items,data:data3}];
return false;
}
var valid6 = _errs13 === errors;
if(!valid6){
break;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/reads",schemaPath:"#/definitions/ClockDependency/properties/reads/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.reads.type,parentSchema:schema33.properties.reads,data:data2}];
return false;
}
}
var valid5 = _errs11 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/definitions/ClockDependency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data}];
return false;
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema25.discriminator,parentSchema:schema25,data}];
return false;
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema25.discriminator,parentSchema:schema25,data}];
return false;
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://shadowtest.dev/schema/capture-record.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.v === undefined) && (missing0 = "v")) || ((data.functionId === undefined) && (missing0 = "functionId"))) || ((data.semanticId === undefined) && (missing0 = "semanticId"))) || ((data.input === undefined) && (missing0 = "input"))) || ((data.outcome === undefined) && (missing0 = "outcome"))) || ((data.dependencies === undefined) && (missing0 = "dependencies"))) || ((data.capturedAt === undefined) && (missing0 = "capturedAt"))) || ((data.durationMs === undefined) && (missing0 = "durationMs"))) || ((data.source === undefined) && (missing0 = "source"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema44.required,parentSchema:schema44,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func6.call(schema44.properties, key0))){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.v !== undefined){
let data0 = data.v;
const _errs2 = errors;
if(1 !== data0){
validate35.errors = [{instancePath:instancePath+"/v",schemaPath:"#/properties/v/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema44.properties.v,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.functionId !== undefined){
let data1 = data.functionId;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate35.errors = [{instancePath:instancePath+"/functionId",schemaPath:"#/properties/functionId/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema44.properties.functionId,data:data1}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/functionId",schemaPath:"#/properties/functionId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.functionId.type,parentSchema:schema44.properties.functionId,data:data1}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.module !== undefined){
let data2 = data.module;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate35.errors = [{instancePath:instancePath+"/module",schemaPath:"#/properties/module/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.module,data:data2}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/module",schemaPath:"#/properties/module/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.module.type,parentSchema:schema44.properties.module,data:data2}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportName !== undefined){
let data3 = data.exportName;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate35.errors = [{instancePath:instancePath+"/exportName",schemaPath:"#/properties/exportName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.exportName,data:data3}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/exportName",schemaPath:"#/properties/exportName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.exportName.type,parentSchema:schema44.properties.exportName,data:data3}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.semanticId !== undefined){
let data4 = data.semanticId;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(!pattern1.test(data4)){
validate35.errors = [{instancePath:instancePath+"/semanticId",schemaPath:"#/properties/semanticId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{12}$"+"\"",schema:"^[0-9a-f]{12}$",parentSchema:schema44.properties.semanticId,data:data4}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/semanticId",schemaPath:"#/properties/semanticId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.semanticId.type,parentSchema:schema44.properties.semanticId,data:data4}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.label !== undefined){
let data5 = data.label;
const _errs11 = errors;
if(typeof data5 !== "string"){
validate35.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.label.type,parentSchema:schema44.properties.label,data:data5}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
const _errs13 = errors;
if(!(validate36(data.input, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outcome !== undefined){
const _errs14 = errors;
if(!(validate38(data.outcome, {instancePath:instancePath+"/outcome",parentData:data,parentDataProperty:"outcome",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dependencies !== undefined){
let data8 = data.dependencies;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data8)){
var valid1 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs17 = errors;
if(!(validate42(data8[i0], {instancePath:instancePath+"/dependencies/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid1 = _errs17 === errors;
if(!valid1){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.dependencies.type,parentSchema:schema44.properties.dependencies,data:data8}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capturedAt !== undefined){
let data10 = data.capturedAt;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
validate35.errors = [{instancePath:instancePath+"/capturedAt",schemaPath:"scenario.schema.json#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}",parentSchema:schema35,data:data10}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/capturedAt",schemaPath:"scenario.schema.json#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data10}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.durationMs !== undefined){
let data11 = data.durationMs;
const _errs21 = errors;
if(errors === _errs21){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate35.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema44.properties.durationMs,data:data11}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema44.properties.durationMs.type,parentSchema:schema44.properties.durationMs,data:data11}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data12 = data.source;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing1;
if((data12.kind === undefined) && (missing1 = "kind")){
validate35.errors = [{instancePath:instancePath+"/source",schemaPath:"scenario.schema.json#/definitions/Source/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema36.required,parentSchema:schema36,data:data12}];
return false;
}
else {
const _errs26 = errors;
for(const key1 in data12){
if(!(((((key1 === "kind") || (key1 === "command")) || (key1 === "host")) || (key1 === "pid")) || (key1 === "runId"))){
validate35.errors = [{instancePath:instancePath+"/source",schemaPath:"scenario.schema.json#/definitions/Source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data12}];
return false;
break;
}
}
if(_errs26 === errors){
if(data12.kind !== undefined){
let data13 = data12.kind;
const _errs27 = errors;
if(typeof data13 !== "string"){
validate35.errors = [{instancePath:instancePath+"/source/kind",schemaPath:"scenario.schema.json#/definitions/Source/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.kind.type,parentSchema:schema36.properties.kind,data:data13}];
return false;
}
if(!((((data13 === "record") || (data13 === "vitest")) || (data13 === "jest")) || (data13 === "import"))){
validate35.errors = [{instancePath:instancePath+"/source/kind",schemaPath:"scenario.schema.json#/definitions/Source/properties/kind/enum",keyword:"enum",params:{allowedValues: schema36.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.kind.enum,parentSchema:schema36.properties.kind,data:data13}];
return false;
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data12.command !== undefined){
let data14 = data12.command;
const _errs29 = errors;
if(typeof data14 !== "string"){
validate35.errors = [{instancePath:instancePath+"/source/command",schemaPath:"scenario.schema.json#/definitions/Source/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.command.type,parentSchema:schema36.properties.command,data:data14}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data12.host !== undefined){
let data15 = data12.host;
const _errs31 = errors;
if(typeof data15 !== "string"){
validate35.errors = [{instancePath:instancePath+"/source/host",schemaPath:"scenario.schema.json#/definitions/Source/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.host.type,parentSchema:schema36.properties.host,data:data15}];
return false;
}
var valid4 = _errs31 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data12.pid !== undefined){
let data16 = data12.pid;
const _errs33 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate35.errors = [{instancePath:instancePath+"/source/pid",schemaPath:"scenario.schema.json#/definitions/Source/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.pid.type,parentSchema:schema36.properties.pid,data:data16}];
return false;
}
if(errors === _errs33){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
validate35.errors = [{instancePath:instancePath+"/source/pid",schemaPath:"scenario.schema.json#/definitions/Source/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.pid,data:data16}];
return false;
}
}
}
var valid4 = _errs33 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data12.runId !== undefined){
let data17 = data12.runId;
const _errs35 = errors;
if(typeof data17 !== "string"){
validate35.errors = [{instancePath:instancePath+"/source/runId",schemaPath:"scenario.schema.json#/definitions/Source/properties/runId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.runId.type,parentSchema:schema36.properties.runId,data:data17}];
return false;
}
var valid4 = _errs35 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/source",schemaPath:"scenario.schema.json#/definitions/Source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data12}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}

exports.scenario = validate11;

