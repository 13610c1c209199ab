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

exports.config = validate10;
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

