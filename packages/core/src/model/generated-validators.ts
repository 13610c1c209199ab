/**
 * GENERATED FILE, DO NOT EDIT.
 * Ajv standalone validators for packages/core/schema/*.schema.json (scripts/generate-validators.mjs).
 * Regenerate with `npm run gen:types`; `npm run gen:types -- --check` (part of `npm test`) fails when stale.
 */
// @ts-nocheck
/* eslint-disable */

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

export const baselineFile = validate10;
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

export const captureRecord = validate35;
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

export const scenario = validate11;


export const config = (() => {

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shadowtest.dev/schema/config.schema.json","title":"ShadowtestConfig","description":"Shadowtest configuration (shadowtest.config.*, .shadowtestrc*, or \"shadowtest\" in package.json). Every key is optional; see docs/configuration.md.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"rootDir":{"description":"Project root; every other path is relative to it. Default: the config file's directory.","type":"string","minLength":1},"baselineDir":{"description":"Baseline files (committed). Default __baselines__. Env: SHADOWTEST_BASELINE_DIR.","type":"string","minLength":1},"captureDir":{"description":"Raw capture files (not committed). Default .shadowtest/captures. Env: SHADOWTEST_CAPTURE_DIR.","type":"string","minLength":1},"generatedDir":{"description":"Generated test files. Default __shadowtest__.","type":"string","minLength":1},"secret":{"description":"HMAC key for redaction masks; set it through SHADOWTEST_SECRET instead of committing it.","type":"string","minLength":1},"capture":{"description":"Recording: sampling, limits, buffering, rotation, retention.","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"samplingRate":{"type":"number","minimum":0,"maximum":1},"functions":{"type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"samplingRate":{"type":"number","minimum":0,"maximum":1},"maxScenarios":{"type":"integer","minimum":0},"onLimit":{"enum":["stop","sample"]}}}},"maxScenariosPerFunction":{"type":"integer","minimum":0},"onLimit":{"enum":["stop","sample"]},"dedupe":{"type":"boolean"},"maxPendingBytes":{"type":"integer","minimum":1},"batchSize":{"type":"integer","minimum":1},"flushIntervalMs":{"type":"integer","minimum":0},"rotateBytes":{"type":"integer","minimum":1},"retention":{"type":"object","additionalProperties":false,"properties":{"maxAgeDays":{"type":"number","minimum":0},"maxFiles":{"type":"integer","minimum":0}}},"http":{"type":"object","additionalProperties":false,"properties":{"recordHeaders":{"type":"array","items":{"type":"string","minLength":1}}}},"clock":{"type":"boolean"},"encoding":{"type":"object","additionalProperties":false,"properties":{"maxDepth":{"type":"integer","minimum":1},"maxArrayLength":{"type":"integer","minimum":1},"maxStringLength":{"type":"integer","minimum":1},"maxBytes":{"type":"integer","minimum":1}}},"sink":{"description":"Where captures go: 'ndjson' (default, files under captureDir) or 'postgres', or { kind: 'postgres', table?, urlEnv? }. The connection URL never goes here: urlEnv names the environment variable holding it (default SHADOWTEST_PG_URL). SHADOWTEST_SINK and SHADOWTEST_PG_TABLE override this. See docs/sinks.md.","anyOf":[{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["ndjson","postgres"]},"table":{"description":"The capture table, optionally schema-qualified (ops.captures). Postgres only. Default shadowtest_captures.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?$"},"urlEnv":{"description":"The name of the environment variable holding the connection URL (e.g. DATABASE_URL). Postgres only. Default SHADOWTEST_PG_URL.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}},{"enum":["ndjson","postgres"]}]}}},"redaction":{"description":"PII masking before anything is hashed or written.","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"keys":{"type":"array","items":{"type":"string","minLength":1}},"allow":{"type":"array","items":{"type":"string","minLength":1}},"patterns":{"type":"object","additionalProperties":false,"properties":{"email":{"type":"boolean"},"card":{"type":"boolean"},"phone":{"type":"boolean"},"ssn":{"type":"boolean"},"jwt":{"type":"boolean"},"bearer":{"type":"boolean"},"apiKey":{"type":"boolean"},"iban":{"type":"boolean"}}},"custom":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"pattern":{"type":"string","minLength":1}},"required":["name","pattern"]}}}},"diff":{"description":"Diff policy (see docs/diff-policy.md).","type":"object"},"replay":{"description":"How replays match recorded dependencies.","type":"object","additionalProperties":false,"properties":{"mode":{"enum":["strict","tolerant","validation-only"]},"http":{"description":"How recorded HTTP exchanges are matched.","type":"object","additionalProperties":false,"properties":{"origin":{"description":"'ignore' (default): match method + path + query (+ body), whatever the scheme, host and port; 'match': the origin must be the recorded one too.","enum":["ignore","match"]}}}}},"gate":{"description":"The Vitest/Jest gate.","type":"object","additionalProperties":false,"properties":{"strict":{"type":"boolean"},"approve":{"type":"boolean"},"noiseRuns":{"type":"integer","minimum":0},"failOnObsolete":{"enum":["ci","always","never"]}}},"governance":{"description":"Approval policy and actor (see docs/governance.md).","type":"object","additionalProperties":false,"properties":{"policy":{"type":"object"},"actor":{"type":"string","minLength":1}}},"codegen":{"description":"shadowtest generate.","type":"object","additionalProperties":false,"properties":{"outDir":{"type":"string","minLength":1},"perScenario":{"type":"boolean"},"provider":{"enum":["anthropic","openai"]},"model":{"type":"string","minLength":1},"baseUrl":{"type":"string","minLength":1},"maxRetries":{"type":"integer","minimum":0},"timeoutMs":{"type":"integer","minimum":1}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ucs2length;
const pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?$", "u");
const pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://shadowtest.dev/schema/config.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
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
if(data.rootDir !== undefined){
let data1 = data.rootDir;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func3(data1) < 1){
validate10.errors = [{instancePath:instancePath+"/rootDir",schemaPath:"#/properties/rootDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rootDir,data:data1}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/rootDir",schemaPath:"#/properties/rootDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rootDir.type,parentSchema:schema11.properties.rootDir,data:data1}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baselineDir !== undefined){
let data2 = data.baselineDir;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func3(data2) < 1){
validate10.errors = [{instancePath:instancePath+"/baselineDir",schemaPath:"#/properties/baselineDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.baselineDir,data:data2}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/baselineDir",schemaPath:"#/properties/baselineDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.baselineDir.type,parentSchema:schema11.properties.baselineDir,data:data2}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.captureDir !== undefined){
let data3 = data.captureDir;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func3(data3) < 1){
validate10.errors = [{instancePath:instancePath+"/captureDir",schemaPath:"#/properties/captureDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.captureDir,data:data3}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/captureDir",schemaPath:"#/properties/captureDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.captureDir.type,parentSchema:schema11.properties.captureDir,data:data3}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generatedDir !== undefined){
let data4 = data.generatedDir;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func3(data4) < 1){
validate10.errors = [{instancePath:instancePath+"/generatedDir",schemaPath:"#/properties/generatedDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.generatedDir,data:data4}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/generatedDir",schemaPath:"#/properties/generatedDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.generatedDir.type,parentSchema:schema11.properties.generatedDir,data:data4}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.secret !== undefined){
let data5 = data.secret;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func3(data5) < 1){
validate10.errors = [{instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secret,data:data5}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secret.type,parentSchema:schema11.properties.secret,data:data5}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capture !== undefined){
let data6 = data.capture;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
const _errs16 = errors;
for(const key1 in data6){
if(!(func2.call(schema11.properties.capture.properties, key1))){
validate10.errors = [{instancePath:instancePath+"/capture",schemaPath:"#/properties/capture/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.capture,data:data6}];
return false;
break;
}
}
if(_errs16 === errors){
if(data6.enabled !== undefined){
let data7 = data6.enabled;
const _errs17 = errors;
if(typeof data7 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/capture/enabled",schemaPath:"#/properties/capture/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.capture.properties.enabled.type,parentSchema:schema11.properties.capture.properties.enabled,data:data7}];
return false;
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.samplingRate !== undefined){
let data8 = data6.samplingRate;
const _errs19 = errors;
if(errors === _errs19){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1 || isNaN(data8)){
validate10.errors = [{instancePath:instancePath+"/capture/samplingRate",schemaPath:"#/properties/capture/properties/samplingRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.capture.properties.samplingRate,data:data8}];
return false;
}
else {
if(data8 < 0 || isNaN(data8)){
validate10.errors = [{instancePath:instancePath+"/capture/samplingRate",schemaPath:"#/properties/capture/properties/samplingRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.capture.properties.samplingRate,data:data8}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/capture/samplingRate",schemaPath:"#/properties/capture/properties/samplingRate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.capture.properties.samplingRate.type,parentSchema:schema11.properties.capture.properties.samplingRate,data:data8}];
return false;
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.functions !== undefined){
let data9 = data6.functions;
const _errs21 = errors;
if(errors === _errs21){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
let data10 = data9[key2];
const _errs24 = errors;
if(errors === _errs24){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
const _errs26 = errors;
for(const key3 in data10){
if(!((((key3 === "enabled") || (key3 === "samplingRate")) || (key3 === "maxScenarios")) || (key3 === "onLimit"))){
validate10.errors = [{instancePath:instancePath+"/capture/functions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/capture/properties/functions/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.capture.properties.functions.additionalProperties,data:data10}];
return false;
break;
}
}
if(_errs26 === errors){
if(data10.enabled !== undefined){
let data11 = data10.enabled;
const _errs27 = errors;
if(typeof data11 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/capture/functions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/enabled",schemaPath:"#/properties/capture/properties/functions/additionalProperties/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.capture.properties.functions.additionalProperties.properties.enabled.type,parentSchema:schema11.properties.capture.properties.functions.additionalProperties.properties.enabled,data:data11}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data10.samplingRate !== undefined){
let data12 = data10.samplingRate;
const _errs29 = errors;
if(errors === _errs29){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1 || isNaN(data12)){
validate10.errors = [{instancePath:instancePath+"/capture/functions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/samplingRate",schemaPath:"#/properties/capture/properties/functions/additionalProperties/properties/samplingRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.capture.properties.functions.additionalProperties.properties.samplingRate,data:data12}];
return false;
}
else {
if(data12 < 0 || isNaN(data12)){
validate10.errors = [{instancePath:instancePath+"/capture/functions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/samplingRate",schemaPath:"#/properties/capture/properties/functions/additionalProperties/properties/samplingRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.capture.properties.functions.additionalProperties.properties.samplingRate,data:data12}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/capture/functions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/samplingRate",schemaPath:"#/properties/capture/properties/functions/additionalProperties/properties/samplingRate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.capture.properties.functions.additionalProperties.properties.samplingRate.type,parentSchema:schema11.properties.capture.properties.functions.additionalProperties.properties.samplingRate,data:data12}];
return false;
}
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data10.maxScenarios !== undefined){
let data13 = data10.maxScenarios;
const _errs31 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate10.errors = [{instancePath:instancePath+"/capture/functions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxScenarios",schemaPath:"#/properties/capture/properties/functions/additionalProperties/properties/maxScenarios/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.capture.properties.functions.additionalProperties.properties.maxScenarios.type,parentSchema:schema11.properties.capture.properties.functions.additionalProperties.properties.maxScenarios,data:data13}];
return false;
}
if(errors === _errs31){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate10.errors = [{instancePath:instancePath+"/capture/functions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxScenarios",schemaPath:"#/properties/capture/properties/functions/additionalProperties/properties/maxScenarios/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.capture.properties.functions.additionalProperties.properties.maxScenarios,data:data13}];
return false;
}
}
}
var valid3 = _errs31 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data10.onLimit !== undefined){
let data14 = data10.onLimit;
const _errs33 = errors;
if(!((data14 === "stop") || (data14 === "sample"))){
validate10.errors = [{instancePath:instancePath+"/capture/functions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/onLimit",schemaPath:"#/properties/capture/properties/functions/additionalProperties/properties/onLimit/enum",keyword:"enum",params:{allowedValues: schema11.properties.capture.properties.functions.additionalProperties.properties.onLimit.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.capture.properties.functions.additionalProperties.properties.onLimit.enum,parentSchema:schema11.properties.capture.properties.functions.additionalProperties.properties.onLimit,data:data14}];
return false;
}
var valid3 = _errs33 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/capture/functions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/capture/properties/functions/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.capture.properties.functions.additionalProperties.type,parentSchema:schema11.properties.capture.properties.functions.additionalProperties,data:data10}];
return false;
}
}
var valid2 = _errs24 === errors;
if(!valid2){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/capture/functions",schemaPath:"#/properties/capture/properties/functions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.capture.properties.functions.type,parentSchema:schema11.properties.capture.properties.functions,data:data9}];
return false;
}
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.maxScenariosPerFunction !== undefined){
let data15 = data6.maxScenariosPerFunction;
const _errs34 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate10.errors = [{instancePath:instancePath+"/capture/maxScenariosPerFunction",schemaPath:"#/properties/capture/properties/maxScenariosPerFunction/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.capture.properties.maxScenariosPerFunction.type,parentSchema:schema11.properties.capture.properties.maxScenariosPerFunction,data:data15}];
return false;
}
if(errors === _errs34){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
validate10.errors = [{instancePath:instancePath+"/capture/maxScenariosPerFunction",schemaPath:"#/properties/capture/properties/maxScenariosPerFunction/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.capture.properties.maxScenariosPerFunction,data:data15}];
return false;
}
}
}
var valid1 = _errs34 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.onLimit !== undefined){
let data16 = data6.onLimit;
const _errs36 = errors;
if(!((data16 === "stop") || (data16 === "sample"))){
validate10.errors = [{instancePath:instancePath+"/capture/onLimit",schemaPath:"#/properties/capture/properties/onLimit/enum",keyword:"enum",params:{allowedValues: schema11.properties.capture.properties.onLimit.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.capture.properties.onLimit.enum,parentSchema:schema11.properties.capture.properties.onLimit,data:data16}];
return false;
}
var valid1 = _errs36 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.dedupe !== undefined){
let data17 = data6.dedupe;
const _errs37 = errors;
if(typeof data17 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/capture/dedupe",schemaPath:"#/properties/capture/properties/dedupe/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.capture.properties.dedupe.type,parentSchema:schema11.properties.capture.properties.dedupe,data:data17}];
return false;
}
var valid1 = _errs37 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.maxPendingBytes !== undefined){
let data18 = data6.maxPendingBytes;
const _errs39 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate10.errors = [{instancePath:instancePath+"/capture/maxPendingBytes",schemaPath:"#/properties/capture/properties/maxPendingBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.capture.properties.maxPendingBytes.type,parentSchema:schema11.properties.capture.properties.maxPendingBytes,data:data18}];
return false;
}
if(errors === _errs39){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
validate10.errors = [{instancePath:instancePath+"/capture/maxPendingBytes",schemaPath:"#/properties/capture/properties/maxPendingBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.capture.properties.maxPendingBytes,data:data18}];
return false;
}
}
}
var valid1 = _errs39 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.batchSize !== undefined){
let data19 = data6.batchSize;
const _errs41 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate10.errors = [{instancePath:instancePath+"/capture/batchSize",schemaPath:"#/properties/capture/properties/batchSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.capture.properties.batchSize.type,parentSchema:schema11.properties.capture.properties.batchSize,data:data19}];
return false;
}
if(errors === _errs41){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
validate10.errors = [{instancePath:instancePath+"/capture/batchSize",schemaPath:"#/properties/capture/properties/batchSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.capture.properties.batchSize,data:data19}];
return false;
}
}
}
var valid1 = _errs41 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.flushIntervalMs !== undefined){
let data20 = data6.flushIntervalMs;
const _errs43 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate10.errors = [{instancePath:instancePath+"/capture/flushIntervalMs",schemaPath:"#/properties/capture/properties/flushIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.capture.properties.flushIntervalMs.type,parentSchema:schema11.properties.capture.properties.flushIntervalMs,data:data20}];
return false;
}
if(errors === _errs43){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
validate10.errors = [{instancePath:instancePath+"/capture/flushIntervalMs",schemaPath:"#/properties/capture/properties/flushIntervalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.capture.properties.flushIntervalMs,data:data20}];
return false;
}
}
}
var valid1 = _errs43 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.rotateBytes !== undefined){
let data21 = data6.rotateBytes;
const _errs45 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate10.errors = [{instancePath:instancePath+"/capture/rotateBytes",schemaPath:"#/properties/capture/properties/rotateBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.capture.properties.rotateBytes.type,parentSchema:schema11.properties.capture.properties.rotateBytes,data:data21}];
return false;
}
if(errors === _errs45){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
validate10.errors = [{instancePath:instancePath+"/capture/rotateBytes",schemaPath:"#/properties/capture/properties/rotateBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.capture.properties.rotateBytes,data:data21}];
return false;
}
}
}
var valid1 = _errs45 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.retention !== undefined){
let data22 = data6.retention;
const _errs47 = errors;
if(errors === _errs47){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
const _errs49 = errors;
for(const key4 in data22){
if(!((key4 === "maxAgeDays") || (key4 === "maxFiles"))){
validate10.errors = [{instancePath:instancePath+"/capture/retention",schemaPath:"#/properties/capture/properties/retention/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.capture.properties.retention,data:data22}];
return false;
break;
}
}
if(_errs49 === errors){
if(data22.maxAgeDays !== undefined){
let data23 = data22.maxAgeDays;
const _errs50 = errors;
if(errors === _errs50){
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
validate10.errors = [{instancePath:instancePath+"/capture/retention/maxAgeDays",schemaPath:"#/properties/capture/properties/retention/properties/maxAgeDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.capture.properties.retention.properties.maxAgeDays,data:data23}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/capture/retention/maxAgeDays",schemaPath:"#/properties/capture/properties/retention/properties/maxAgeDays/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.capture.properties.retention.properties.maxAgeDays.type,parentSchema:schema11.properties.capture.properties.retention.properties.maxAgeDays,data:data23}];
return false;
}
}
var valid4 = _errs50 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data22.maxFiles !== undefined){
let data24 = data22.maxFiles;
const _errs52 = errors;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
validate10.errors = [{instancePath:instancePath+"/capture/retention/maxFiles",schemaPath:"#/properties/capture/properties/retention/properties/maxFiles/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.capture.properties.retention.properties.maxFiles.type,parentSchema:schema11.properties.capture.properties.retention.properties.maxFiles,data:data24}];
return false;
}
if(errors === _errs52){
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
validate10.errors = [{instancePath:instancePath+"/capture/retention/maxFiles",schemaPath:"#/properties/capture/properties/retention/properties/maxFiles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.capture.properties.retention.properties.maxFiles,data:data24}];
return false;
}
}
}
var valid4 = _errs52 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/capture/retention",schemaPath:"#/properties/capture/properties/retention/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.capture.properties.retention.type,parentSchema:schema11.properties.capture.properties.retention,data:data22}];
return false;
}
}
var valid1 = _errs47 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.http !== undefined){
let data25 = data6.http;
const _errs54 = errors;
if(errors === _errs54){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
const _errs56 = errors;
for(const key5 in data25){
if(!(key5 === "recordHeaders")){
validate10.errors = [{instancePath:instancePath+"/capture/http",schemaPath:"#/properties/capture/properties/http/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.capture.properties.http,data:data25}];
return false;
break;
}
}
if(_errs56 === errors){
if(data25.recordHeaders !== undefined){
let data26 = data25.recordHeaders;
const _errs57 = errors;
if(errors === _errs57){
if(Array.isArray(data26)){
var valid6 = true;
const len0 = data26.length;
for(let i0=0; i0<len0; i0++){
let data27 = data26[i0];
const _errs59 = errors;
if(errors === _errs59){
if(typeof data27 === "string"){
if(func3(data27) < 1){
validate10.errors = [{instancePath:instancePath+"/capture/http/recordHeaders/" + i0,schemaPath:"#/properties/capture/properties/http/properties/recordHeaders/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.capture.properties.http.properties.recordHeaders.items,data:data27}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/capture/http/recordHeaders/" + i0,schemaPath:"#/properties/capture/properties/http/properties/recordHeaders/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.capture.properties.http.properties.recordHeaders.items.type,parentSchema:schema11.properties.capture.properties.http.properties.recordHeaders.items,data:data27}];
return false;
}
}
var valid6 = _errs59 === errors;
if(!valid6){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/capture/http/recordHeaders",schemaPath:"#/properties/capture/properties/http/properties/recordHeaders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.capture.properties.http.properties.recordHeaders.type,parentSchema:schema11.properties.capture.properties.http.properties.recordHeaders,data:data26}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/capture/http",schemaPath:"#/properties/capture/properties/http/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.capture.properties.http.type,parentSchema:schema11.properties.capture.properties.http,data:data25}];
return false;
}
}
var valid1 = _errs54 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.clock !== undefined){
let data28 = data6.clock;
const _errs61 = errors;
if(typeof data28 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/capture/clock",schemaPath:"#/properties/capture/properties/clock/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.capture.properties.clock.type,parentSchema:schema11.properties.capture.properties.clock,data:data28}];
return false;
}
var valid1 = _errs61 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.encoding !== undefined){
let data29 = data6.encoding;
const _errs63 = errors;
if(errors === _errs63){
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
const _errs65 = errors;
for(const key6 in data29){
if(!((((key6 === "maxDepth") || (key6 === "maxArrayLength")) || (key6 === "maxStringLength")) || (key6 === "maxBytes"))){
validate10.errors = [{instancePath:instancePath+"/capture/encoding",schemaPath:"#/properties/capture/properties/encoding/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.capture.properties.encoding,data:data29}];
return false;
break;
}
}
if(_errs65 === errors){
if(data29.maxDepth !== undefined){
let data30 = data29.maxDepth;
const _errs66 = errors;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
validate10.errors = [{instancePath:instancePath+"/capture/encoding/maxDepth",schemaPath:"#/properties/capture/properties/encoding/properties/maxDepth/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.capture.properties.encoding.properties.maxDepth.type,parentSchema:schema11.properties.capture.properties.encoding.properties.maxDepth,data:data30}];
return false;
}
if(errors === _errs66){
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 1 || isNaN(data30)){
validate10.errors = [{instancePath:instancePath+"/capture/encoding/maxDepth",schemaPath:"#/properties/capture/properties/encoding/properties/maxDepth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.capture.properties.encoding.properties.maxDepth,data:data30}];
return false;
}
}
}
var valid7 = _errs66 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data29.maxArrayLength !== undefined){
let data31 = data29.maxArrayLength;
const _errs68 = errors;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
validate10.errors = [{instancePath:instancePath+"/capture/encoding/maxArrayLength",schemaPath:"#/properties/capture/properties/encoding/properties/maxArrayLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.capture.properties.encoding.properties.maxArrayLength.type,parentSchema:schema11.properties.capture.properties.encoding.properties.maxArrayLength,data:data31}];
return false;
}
if(errors === _errs68){
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 1 || isNaN(data31)){
validate10.errors = [{instancePath:instancePath+"/capture/encoding/maxArrayLength",schemaPath:"#/properties/capture/properties/encoding/properties/maxArrayLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.capture.properties.encoding.properties.maxArrayLength,data:data31}];
return false;
}
}
}
var valid7 = _errs68 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data29.maxStringLength !== undefined){
let data32 = data29.maxStringLength;
const _errs70 = errors;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
validate10.errors = [{instancePath:instancePath+"/capture/encoding/maxStringLength",schemaPath:"#/properties/capture/properties/encoding/properties/maxStringLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.capture.properties.encoding.properties.maxStringLength.type,parentSchema:schema11.properties.capture.properties.encoding.properties.maxStringLength,data:data32}];
return false;
}
if(errors === _errs70){
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 1 || isNaN(data32)){
validate10.errors = [{instancePath:instancePath+"/capture/encoding/maxStringLength",schemaPath:"#/properties/capture/properties/encoding/properties/maxStringLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.capture.properties.encoding.properties.maxStringLength,data:data32}];
return false;
}
}
}
var valid7 = _errs70 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data29.maxBytes !== undefined){
let data33 = data29.maxBytes;
const _errs72 = errors;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
validate10.errors = [{instancePath:instancePath+"/capture/encoding/maxBytes",schemaPath:"#/properties/capture/properties/encoding/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.capture.properties.encoding.properties.maxBytes.type,parentSchema:schema11.properties.capture.properties.encoding.properties.maxBytes,data:data33}];
return false;
}
if(errors === _errs72){
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 1 || isNaN(data33)){
validate10.errors = [{instancePath:instancePath+"/capture/encoding/maxBytes",schemaPath:"#/properties/capture/properties/encoding/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.capture.properties.encoding.properties.maxBytes,data:data33}];
return false;
}
}
}
var valid7 = _errs72 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/capture/encoding",schemaPath:"#/properties/capture/properties/encoding/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.capture.properties.encoding.type,parentSchema:schema11.properties.capture.properties.encoding,data:data29}];
return false;
}
}
var valid1 = _errs63 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data6.sink !== undefined){
let data34 = data6.sink;
const _errs74 = errors;
const _errs75 = errors;
let valid8 = false;
const _errs76 = errors;
if(errors === _errs76){
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
let missing0;
if((data34.kind === undefined) && (missing0 = "kind")){
const err0 = {instancePath:instancePath+"/capture/sink",schemaPath:"#/properties/capture/properties/sink/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema11.properties.capture.properties.sink.anyOf[0].required,parentSchema:schema11.properties.capture.properties.sink.anyOf[0],data:data34};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs78 = errors;
for(const key7 in data34){
if(!(((key7 === "kind") || (key7 === "table")) || (key7 === "urlEnv"))){
const err1 = {instancePath:instancePath+"/capture/sink",schemaPath:"#/properties/capture/properties/sink/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.capture.properties.sink.anyOf[0],data:data34};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs78 === errors){
if(data34.kind !== undefined){
let data35 = data34.kind;
const _errs79 = errors;
if(!((data35 === "ndjson") || (data35 === "postgres"))){
const err2 = {instancePath:instancePath+"/capture/sink/kind",schemaPath:"#/properties/capture/properties/sink/anyOf/0/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.capture.properties.sink.anyOf[0].properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.capture.properties.sink.anyOf[0].properties.kind.enum,parentSchema:schema11.properties.capture.properties.sink.anyOf[0].properties.kind,data:data35};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid9 = _errs79 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data34.table !== undefined){
let data36 = data34.table;
const _errs80 = errors;
if(errors === _errs80){
if(typeof data36 === "string"){
if(!pattern0.test(data36)){
const err3 = {instancePath:instancePath+"/capture/sink/table",schemaPath:"#/properties/capture/properties/sink/anyOf/0/properties/table/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?$",parentSchema:schema11.properties.capture.properties.sink.anyOf[0].properties.table,data:data36};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/capture/sink/table",schemaPath:"#/properties/capture/properties/sink/anyOf/0/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.capture.properties.sink.anyOf[0].properties.table.type,parentSchema:schema11.properties.capture.properties.sink.anyOf[0].properties.table,data:data36};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid9 = _errs80 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data34.urlEnv !== undefined){
let data37 = data34.urlEnv;
const _errs82 = errors;
if(errors === _errs82){
if(typeof data37 === "string"){
if(!pattern1.test(data37)){
const err5 = {instancePath:instancePath+"/capture/sink/urlEnv",schemaPath:"#/properties/capture/properties/sink/anyOf/0/properties/urlEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.capture.properties.sink.anyOf[0].properties.urlEnv,data:data37};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/capture/sink/urlEnv",schemaPath:"#/properties/capture/properties/sink/anyOf/0/properties/urlEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.capture.properties.sink.anyOf[0].properties.urlEnv.type,parentSchema:schema11.properties.capture.properties.sink.anyOf[0].properties.urlEnv,data:data37};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid9 = _errs82 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/capture/sink",schemaPath:"#/properties/capture/properties/sink/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.capture.properties.sink.anyOf[0].type,parentSchema:schema11.properties.capture.properties.sink.anyOf[0],data:data34};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs76 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs84 = errors;
if(!((data34 === "ndjson") || (data34 === "postgres"))){
const err8 = {instancePath:instancePath+"/capture/sink",schemaPath:"#/properties/capture/properties/sink/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.capture.properties.sink.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.capture.properties.sink.anyOf[1].enum,parentSchema:schema11.properties.capture.properties.sink.anyOf[1],data:data34};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs84 === errors;
valid8 = valid8 || _valid0;
}
if(!valid8){
const err9 = {instancePath:instancePath+"/capture/sink",schemaPath:"#/properties/capture/properties/sink/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.capture.properties.sink.anyOf,parentSchema:schema11.properties.capture.properties.sink,data:data34};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs75;
if(vErrors !== null){
if(_errs75){
vErrors.length = _errs75;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs74 === errors;
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
validate10.errors = [{instancePath:instancePath+"/capture",schemaPath:"#/properties/capture/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.capture.type,parentSchema:schema11.properties.capture,data:data6}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.redaction !== undefined){
let data38 = data.redaction;
const _errs85 = errors;
if(errors === _errs85){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
const _errs87 = errors;
for(const key8 in data38){
if(!(((((key8 === "enabled") || (key8 === "keys")) || (key8 === "allow")) || (key8 === "patterns")) || (key8 === "custom"))){
validate10.errors = [{instancePath:instancePath+"/redaction",schemaPath:"#/properties/redaction/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.redaction,data:data38}];
return false;
break;
}
}
if(_errs87 === errors){
if(data38.enabled !== undefined){
let data39 = data38.enabled;
const _errs88 = errors;
if(typeof data39 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/redaction/enabled",schemaPath:"#/properties/redaction/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.redaction.properties.enabled.type,parentSchema:schema11.properties.redaction.properties.enabled,data:data39}];
return false;
}
var valid10 = _errs88 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data38.keys !== undefined){
let data40 = data38.keys;
const _errs90 = errors;
if(errors === _errs90){
if(Array.isArray(data40)){
var valid11 = true;
const len1 = data40.length;
for(let i1=0; i1<len1; i1++){
let data41 = data40[i1];
const _errs92 = errors;
if(errors === _errs92){
if(typeof data41 === "string"){
if(func3(data41) < 1){
validate10.errors = [{instancePath:instancePath+"/redaction/keys/" + i1,schemaPath:"#/properties/redaction/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.redaction.properties.keys.items,data:data41}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/redaction/keys/" + i1,schemaPath:"#/properties/redaction/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.redaction.properties.keys.items.type,parentSchema:schema11.properties.redaction.properties.keys.items,data:data41}];
return false;
}
}
var valid11 = _errs92 === errors;
if(!valid11){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/redaction/keys",schemaPath:"#/properties/redaction/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.redaction.properties.keys.type,parentSchema:schema11.properties.redaction.properties.keys,data:data40}];
return false;
}
}
var valid10 = _errs90 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data38.allow !== undefined){
let data42 = data38.allow;
const _errs94 = errors;
if(errors === _errs94){
if(Array.isArray(data42)){
var valid12 = true;
const len2 = data42.length;
for(let i2=0; i2<len2; i2++){
let data43 = data42[i2];
const _errs96 = errors;
if(errors === _errs96){
if(typeof data43 === "string"){
if(func3(data43) < 1){
validate10.errors = [{instancePath:instancePath+"/redaction/allow/" + i2,schemaPath:"#/properties/redaction/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.redaction.properties.allow.items,data:data43}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/redaction/allow/" + i2,schemaPath:"#/properties/redaction/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.redaction.properties.allow.items.type,parentSchema:schema11.properties.redaction.properties.allow.items,data:data43}];
return false;
}
}
var valid12 = _errs96 === errors;
if(!valid12){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/redaction/allow",schemaPath:"#/properties/redaction/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.redaction.properties.allow.type,parentSchema:schema11.properties.redaction.properties.allow,data:data42}];
return false;
}
}
var valid10 = _errs94 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data38.patterns !== undefined){
let data44 = data38.patterns;
const _errs98 = errors;
if(errors === _errs98){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
const _errs100 = errors;
for(const key9 in data44){
if(!((((((((key9 === "email") || (key9 === "card")) || (key9 === "phone")) || (key9 === "ssn")) || (key9 === "jwt")) || (key9 === "bearer")) || (key9 === "apiKey")) || (key9 === "iban"))){
validate10.errors = [{instancePath:instancePath+"/redaction/patterns",schemaPath:"#/properties/redaction/properties/patterns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.redaction.properties.patterns,data:data44}];
return false;
break;
}
}
if(_errs100 === errors){
if(data44.email !== undefined){
let data45 = data44.email;
const _errs101 = errors;
if(typeof data45 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/redaction/patterns/email",schemaPath:"#/properties/redaction/properties/patterns/properties/email/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.redaction.properties.patterns.properties.email.type,parentSchema:schema11.properties.redaction.properties.patterns.properties.email,data:data45}];
return false;
}
var valid13 = _errs101 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.card !== undefined){
let data46 = data44.card;
const _errs103 = errors;
if(typeof data46 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/redaction/patterns/card",schemaPath:"#/properties/redaction/properties/patterns/properties/card/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.redaction.properties.patterns.properties.card.type,parentSchema:schema11.properties.redaction.properties.patterns.properties.card,data:data46}];
return false;
}
var valid13 = _errs103 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.phone !== undefined){
let data47 = data44.phone;
const _errs105 = errors;
if(typeof data47 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/redaction/patterns/phone",schemaPath:"#/properties/redaction/properties/patterns/properties/phone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.redaction.properties.patterns.properties.phone.type,parentSchema:schema11.properties.redaction.properties.patterns.properties.phone,data:data47}];
return false;
}
var valid13 = _errs105 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.ssn !== undefined){
let data48 = data44.ssn;
const _errs107 = errors;
if(typeof data48 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/redaction/patterns/ssn",schemaPath:"#/properties/redaction/properties/patterns/properties/ssn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.redaction.properties.patterns.properties.ssn.type,parentSchema:schema11.properties.redaction.properties.patterns.properties.ssn,data:data48}];
return false;
}
var valid13 = _errs107 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.jwt !== undefined){
let data49 = data44.jwt;
const _errs109 = errors;
if(typeof data49 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/redaction/patterns/jwt",schemaPath:"#/properties/redaction/properties/patterns/properties/jwt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.redaction.properties.patterns.properties.jwt.type,parentSchema:schema11.properties.redaction.properties.patterns.properties.jwt,data:data49}];
return false;
}
var valid13 = _errs109 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.bearer !== undefined){
let data50 = data44.bearer;
const _errs111 = errors;
if(typeof data50 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/redaction/patterns/bearer",schemaPath:"#/properties/redaction/properties/patterns/properties/bearer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.redaction.properties.patterns.properties.bearer.type,parentSchema:schema11.properties.redaction.properties.patterns.properties.bearer,data:data50}];
return false;
}
var valid13 = _errs111 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.apiKey !== undefined){
let data51 = data44.apiKey;
const _errs113 = errors;
if(typeof data51 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/redaction/patterns/apiKey",schemaPath:"#/properties/redaction/properties/patterns/properties/apiKey/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.redaction.properties.patterns.properties.apiKey.type,parentSchema:schema11.properties.redaction.properties.patterns.properties.apiKey,data:data51}];
return false;
}
var valid13 = _errs113 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data44.iban !== undefined){
let data52 = data44.iban;
const _errs115 = errors;
if(typeof data52 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/redaction/patterns/iban",schemaPath:"#/properties/redaction/properties/patterns/properties/iban/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.redaction.properties.patterns.properties.iban.type,parentSchema:schema11.properties.redaction.properties.patterns.properties.iban,data:data52}];
return false;
}
var valid13 = _errs115 === errors;
}
else {
var valid13 = true;
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
validate10.errors = [{instancePath:instancePath+"/redaction/patterns",schemaPath:"#/properties/redaction/properties/patterns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.redaction.properties.patterns.type,parentSchema:schema11.properties.redaction.properties.patterns,data:data44}];
return false;
}
}
var valid10 = _errs98 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data38.custom !== undefined){
let data53 = data38.custom;
const _errs117 = errors;
if(errors === _errs117){
if(Array.isArray(data53)){
var valid14 = true;
const len3 = data53.length;
for(let i3=0; i3<len3; i3++){
let data54 = data53[i3];
const _errs119 = errors;
if(errors === _errs119){
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
let missing1;
if(((data54.name === undefined) && (missing1 = "name")) || ((data54.pattern === undefined) && (missing1 = "pattern"))){
validate10.errors = [{instancePath:instancePath+"/redaction/custom/" + i3,schemaPath:"#/properties/redaction/properties/custom/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema11.properties.redaction.properties.custom.items.required,parentSchema:schema11.properties.redaction.properties.custom.items,data:data54}];
return false;
}
else {
const _errs121 = errors;
for(const key10 in data54){
if(!((key10 === "name") || (key10 === "pattern"))){
validate10.errors = [{instancePath:instancePath+"/redaction/custom/" + i3,schemaPath:"#/properties/redaction/properties/custom/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.redaction.properties.custom.items,data:data54}];
return false;
break;
}
}
if(_errs121 === errors){
if(data54.name !== undefined){
let data55 = data54.name;
const _errs122 = errors;
if(errors === _errs122){
if(typeof data55 === "string"){
if(func3(data55) < 1){
validate10.errors = [{instancePath:instancePath+"/redaction/custom/" + i3+"/name",schemaPath:"#/properties/redaction/properties/custom/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.redaction.properties.custom.items.properties.name,data:data55}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/redaction/custom/" + i3+"/name",schemaPath:"#/properties/redaction/properties/custom/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.redaction.properties.custom.items.properties.name.type,parentSchema:schema11.properties.redaction.properties.custom.items.properties.name,data:data55}];
return false;
}
}
var valid15 = _errs122 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data54.pattern !== undefined){
let data56 = data54.pattern;
const _errs124 = errors;
if(errors === _errs124){
if(typeof data56 === "string"){
if(func3(data56) < 1){
validate10.errors = [{instancePath:instancePath+"/redaction/custom/" + i3+"/pattern",schemaPath:"#/properties/redaction/properties/custom/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.redaction.properties.custom.items.properties.pattern,data:data56}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/redaction/custom/" + i3+"/pattern",schemaPath:"#/properties/redaction/properties/custom/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.redaction.properties.custom.items.properties.pattern.type,parentSchema:schema11.properties.redaction.properties.custom.items.properties.pattern,data:data56}];
return false;
}
}
var valid15 = _errs124 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/redaction/custom/" + i3,schemaPath:"#/properties/redaction/properties/custom/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.redaction.properties.custom.items.type,parentSchema:schema11.properties.redaction.properties.custom.items,data:data54}];
return false;
}
}
var valid14 = _errs119 === errors;
if(!valid14){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/redaction/custom",schemaPath:"#/properties/redaction/properties/custom/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.redaction.properties.custom.type,parentSchema:schema11.properties.redaction.properties.custom,data:data53}];
return false;
}
}
var valid10 = _errs117 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/redaction",schemaPath:"#/properties/redaction/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.redaction.type,parentSchema:schema11.properties.redaction,data:data38}];
return false;
}
}
var valid0 = _errs85 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diff !== undefined){
let data57 = data.diff;
const _errs126 = errors;
if(!(data57 && typeof data57 == "object" && !Array.isArray(data57))){
validate10.errors = [{instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.diff.type,parentSchema:schema11.properties.diff,data:data57}];
return false;
}
var valid0 = _errs126 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.replay !== undefined){
let data58 = data.replay;
const _errs128 = errors;
if(errors === _errs128){
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
const _errs130 = errors;
for(const key11 in data58){
if(!((key11 === "mode") || (key11 === "http"))){
validate10.errors = [{instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.replay,data:data58}];
return false;
break;
}
}
if(_errs130 === errors){
if(data58.mode !== undefined){
let data59 = data58.mode;
const _errs131 = errors;
if(!(((data59 === "strict") || (data59 === "tolerant")) || (data59 === "validation-only"))){
validate10.errors = [{instancePath:instancePath+"/replay/mode",schemaPath:"#/properties/replay/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.replay.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.replay.properties.mode.enum,parentSchema:schema11.properties.replay.properties.mode,data:data59}];
return false;
}
var valid16 = _errs131 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data58.http !== undefined){
let data60 = data58.http;
const _errs132 = errors;
if(errors === _errs132){
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
const _errs134 = errors;
for(const key12 in data60){
if(!(key12 === "origin")){
validate10.errors = [{instancePath:instancePath+"/replay/http",schemaPath:"#/properties/replay/properties/http/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.replay.properties.http,data:data60}];
return false;
break;
}
}
if(_errs134 === errors){
if(data60.origin !== undefined){
let data61 = data60.origin;
if(!((data61 === "ignore") || (data61 === "match"))){
validate10.errors = [{instancePath:instancePath+"/replay/http/origin",schemaPath:"#/properties/replay/properties/http/properties/origin/enum",keyword:"enum",params:{allowedValues: schema11.properties.replay.properties.http.properties.origin.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.replay.properties.http.properties.origin.enum,parentSchema:schema11.properties.replay.properties.http.properties.origin,data:data61}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/replay/http",schemaPath:"#/properties/replay/properties/http/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.replay.properties.http.type,parentSchema:schema11.properties.replay.properties.http,data:data60}];
return false;
}
}
var valid16 = _errs132 === errors;
}
else {
var valid16 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.replay.type,parentSchema:schema11.properties.replay,data:data58}];
return false;
}
}
var valid0 = _errs128 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gate !== undefined){
let data62 = data.gate;
const _errs136 = errors;
if(errors === _errs136){
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
const _errs138 = errors;
for(const key13 in data62){
if(!((((key13 === "strict") || (key13 === "approve")) || (key13 === "noiseRuns")) || (key13 === "failOnObsolete"))){
validate10.errors = [{instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.gate,data:data62}];
return false;
break;
}
}
if(_errs138 === errors){
if(data62.strict !== undefined){
let data63 = data62.strict;
const _errs139 = errors;
if(typeof data63 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/gate/strict",schemaPath:"#/properties/gate/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.gate.properties.strict.type,parentSchema:schema11.properties.gate.properties.strict,data:data63}];
return false;
}
var valid18 = _errs139 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data62.approve !== undefined){
let data64 = data62.approve;
const _errs141 = errors;
if(typeof data64 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/gate/approve",schemaPath:"#/properties/gate/properties/approve/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.gate.properties.approve.type,parentSchema:schema11.properties.gate.properties.approve,data:data64}];
return false;
}
var valid18 = _errs141 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data62.noiseRuns !== undefined){
let data65 = data62.noiseRuns;
const _errs143 = errors;
if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
validate10.errors = [{instancePath:instancePath+"/gate/noiseRuns",schemaPath:"#/properties/gate/properties/noiseRuns/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.gate.properties.noiseRuns.type,parentSchema:schema11.properties.gate.properties.noiseRuns,data:data65}];
return false;
}
if(errors === _errs143){
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 < 0 || isNaN(data65)){
validate10.errors = [{instancePath:instancePath+"/gate/noiseRuns",schemaPath:"#/properties/gate/properties/noiseRuns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.gate.properties.noiseRuns,data:data65}];
return false;
}
}
}
var valid18 = _errs143 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data62.failOnObsolete !== undefined){
let data66 = data62.failOnObsolete;
const _errs145 = errors;
if(!(((data66 === "ci") || (data66 === "always")) || (data66 === "never"))){
validate10.errors = [{instancePath:instancePath+"/gate/failOnObsolete",schemaPath:"#/properties/gate/properties/failOnObsolete/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties.failOnObsolete.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.gate.properties.failOnObsolete.enum,parentSchema:schema11.properties.gate.properties.failOnObsolete,data:data66}];
return false;
}
var valid18 = _errs145 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.gate.type,parentSchema:schema11.properties.gate,data:data62}];
return false;
}
}
var valid0 = _errs136 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.governance !== undefined){
let data67 = data.governance;
const _errs146 = errors;
if(errors === _errs146){
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
const _errs148 = errors;
for(const key14 in data67){
if(!((key14 === "policy") || (key14 === "actor"))){
validate10.errors = [{instancePath:instancePath+"/governance",schemaPath:"#/properties/governance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.governance,data:data67}];
return false;
break;
}
}
if(_errs148 === errors){
if(data67.policy !== undefined){
let data68 = data67.policy;
const _errs149 = errors;
if(!(data68 && typeof data68 == "object" && !Array.isArray(data68))){
validate10.errors = [{instancePath:instancePath+"/governance/policy",schemaPath:"#/properties/governance/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.governance.properties.policy.type,parentSchema:schema11.properties.governance.properties.policy,data:data68}];
return false;
}
var valid19 = _errs149 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data67.actor !== undefined){
let data69 = data67.actor;
const _errs151 = errors;
if(errors === _errs151){
if(typeof data69 === "string"){
if(func3(data69) < 1){
validate10.errors = [{instancePath:instancePath+"/governance/actor",schemaPath:"#/properties/governance/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.governance.properties.actor,data:data69}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/governance/actor",schemaPath:"#/properties/governance/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.governance.properties.actor.type,parentSchema:schema11.properties.governance.properties.actor,data:data69}];
return false;
}
}
var valid19 = _errs151 === errors;
}
else {
var valid19 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/governance",schemaPath:"#/properties/governance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.governance.type,parentSchema:schema11.properties.governance,data:data67}];
return false;
}
}
var valid0 = _errs146 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.codegen !== undefined){
let data70 = data.codegen;
const _errs153 = errors;
if(errors === _errs153){
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
const _errs155 = errors;
for(const key15 in data70){
if(!(((((((key15 === "outDir") || (key15 === "perScenario")) || (key15 === "provider")) || (key15 === "model")) || (key15 === "baseUrl")) || (key15 === "maxRetries")) || (key15 === "timeoutMs"))){
validate10.errors = [{instancePath:instancePath+"/codegen",schemaPath:"#/properties/codegen/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.codegen,data:data70}];
return false;
break;
}
}
if(_errs155 === errors){
if(data70.outDir !== undefined){
let data71 = data70.outDir;
const _errs156 = errors;
if(errors === _errs156){
if(typeof data71 === "string"){
if(func3(data71) < 1){
validate10.errors = [{instancePath:instancePath+"/codegen/outDir",schemaPath:"#/properties/codegen/properties/outDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.codegen.properties.outDir,data:data71}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/codegen/outDir",schemaPath:"#/properties/codegen/properties/outDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.codegen.properties.outDir.type,parentSchema:schema11.properties.codegen.properties.outDir,data:data71}];
return false;
}
}
var valid20 = _errs156 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data70.perScenario !== undefined){
let data72 = data70.perScenario;
const _errs158 = errors;
if(typeof data72 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/codegen/perScenario",schemaPath:"#/properties/codegen/properties/perScenario/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.codegen.properties.perScenario.type,parentSchema:schema11.properties.codegen.properties.perScenario,data:data72}];
return false;
}
var valid20 = _errs158 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data70.provider !== undefined){
let data73 = data70.provider;
const _errs160 = errors;
if(!((data73 === "anthropic") || (data73 === "openai"))){
validate10.errors = [{instancePath:instancePath+"/codegen/provider",schemaPath:"#/properties/codegen/properties/provider/enum",keyword:"enum",params:{allowedValues: schema11.properties.codegen.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.codegen.properties.provider.enum,parentSchema:schema11.properties.codegen.properties.provider,data:data73}];
return false;
}
var valid20 = _errs160 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data70.model !== undefined){
let data74 = data70.model;
const _errs161 = errors;
if(errors === _errs161){
if(typeof data74 === "string"){
if(func3(data74) < 1){
validate10.errors = [{instancePath:instancePath+"/codegen/model",schemaPath:"#/properties/codegen/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.codegen.properties.model,data:data74}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/codegen/model",schemaPath:"#/properties/codegen/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.codegen.properties.model.type,parentSchema:schema11.properties.codegen.properties.model,data:data74}];
return false;
}
}
var valid20 = _errs161 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data70.baseUrl !== undefined){
let data75 = data70.baseUrl;
const _errs163 = errors;
if(errors === _errs163){
if(typeof data75 === "string"){
if(func3(data75) < 1){
validate10.errors = [{instancePath:instancePath+"/codegen/baseUrl",schemaPath:"#/properties/codegen/properties/baseUrl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.codegen.properties.baseUrl,data:data75}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/codegen/baseUrl",schemaPath:"#/properties/codegen/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.codegen.properties.baseUrl.type,parentSchema:schema11.properties.codegen.properties.baseUrl,data:data75}];
return false;
}
}
var valid20 = _errs163 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data70.maxRetries !== undefined){
let data76 = data70.maxRetries;
const _errs165 = errors;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
validate10.errors = [{instancePath:instancePath+"/codegen/maxRetries",schemaPath:"#/properties/codegen/properties/maxRetries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.codegen.properties.maxRetries.type,parentSchema:schema11.properties.codegen.properties.maxRetries,data:data76}];
return false;
}
if(errors === _errs165){
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 < 0 || isNaN(data76)){
validate10.errors = [{instancePath:instancePath+"/codegen/maxRetries",schemaPath:"#/properties/codegen/properties/maxRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.codegen.properties.maxRetries,data:data76}];
return false;
}
}
}
var valid20 = _errs165 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data70.timeoutMs !== undefined){
let data77 = data70.timeoutMs;
const _errs167 = errors;
if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
validate10.errors = [{instancePath:instancePath+"/codegen/timeoutMs",schemaPath:"#/properties/codegen/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.codegen.properties.timeoutMs.type,parentSchema:schema11.properties.codegen.properties.timeoutMs,data:data77}];
return false;
}
if(errors === _errs167){
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 < 1 || isNaN(data77)){
validate10.errors = [{instancePath:instancePath+"/codegen/timeoutMs",schemaPath:"#/properties/codegen/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.codegen.properties.timeoutMs,data:data77}];
return false;
}
}
}
var valid20 = _errs167 === errors;
}
else {
var valid20 = true;
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
validate10.errors = [{instancePath:instancePath+"/codegen",schemaPath:"#/properties/codegen/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.codegen.type,parentSchema:schema11.properties.codegen,data:data70}];
return false;
}
}
var valid0 = _errs153 === errors;
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
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

return validate10
})()
