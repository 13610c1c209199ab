import type { BaselineFile } from './generated-types.js'
import { getValidators } from './schema-registry.js'

/**
 * A cheaper first pass over a (migrated) baseline file that answers only "certainly valid": when it
 * returns true, Ajv's `baselineFile` validator would return true too, so the file needs no Ajv
 * pass; when it returns false, the caller runs Ajv, which gives the verdict and the error exactly
 * as before. It never rejects anything itself, so errors stay Ajv's.
 *
 * Why: Ajv's generated code runs cold, once per worker, over thousands of scenarios, and pays per
 * nested schema a call with an options object, an instance path built by string concatenation
 * (scenario keys escaped by two regex replaces) and error bookkeeping; this pass does the same
 * checks on a valid file in a fraction of the time (docs/performance.md, Cold validation).
 *
 * It mirrors schema/baseline-file.schema.json and schema/scenario.schema.json (draft-07) check
 * for check, with Ajv's own expressions where they matter (`x !== undefined` for a present key,
 * `for…in` for additionalProperties, `typeof … === 'number'` and finite for `number`). A scenario it
 * does not accept still goes to Ajv's scenario validator (the one the file validator calls for each
 * scenario) before the file is called invalid.
 * `SCHEMA_FINGERPRINT` holds the sha256 of the two schema files it mirrors: a test fails when a
 * schema changes, so this pass is reviewed with it. `test/fast-validation.test.ts` compares its
 * verdict with Ajv's over thousands of mutated files.
 */
export const SCHEMA_FINGERPRINT = {
  'baseline-file.schema.json': 'd821b11dae10a84ee7dc8408bc0ca5e5ebc9a2e03c2cff2494aa85102a02296e',
  'scenario.schema.json': 'd674dc269bb24c2323ef58711e3578cd194da74a4ec51a727258f2585dbd2eed',
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)
const nonEmptyString = (v: unknown): boolean => typeof v === 'string' && v.length > 0
const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)
const isStatus = (v: unknown): boolean => v === 'approved' || v === 'pending' || v === 'deprecated'

// The schemas' patterns, with the `u` flag like Ajv's.
const FUNCTION_ID = /^\S+$/u
const SEMANTIC_ID = /^[0-9a-f]{12}$/u
const SCENARIO_ID = /^\S+:[0-9a-f]{12}$/u
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u


/** True only if Ajv's baseline-file validator accepts `data` (see above). */
export function certainlyValidBaselineFile(data: unknown): data is BaselineFile {
  if (!isObject(data)) return false
  if (data.schemaVersion === undefined || data.function === undefined || data.engineVersion === undefined || data.policy === undefined || data.scenarios === undefined) {
    return false
  }
  for (const key in data) {
    if (key !== '$schema' && key !== 'schemaVersion' && key !== 'function' && key !== 'engineVersion' && key !== 'policy' && key !== 'scenarios') return false
  }
  if (data.$schema !== undefined && typeof data.$schema !== 'string') return false
  if (data.schemaVersion !== 2) return false
  const fn = data.function
  if (!isObject(fn) || fn.id === undefined) return false
  for (const key in fn) if (key !== 'id' && key !== 'module' && key !== 'exportName') return false
  if (typeof fn.id !== 'string' || !FUNCTION_ID.test(fn.id)) return false
  if (fn.module !== undefined && !nonEmptyString(fn.module)) return false
  if (fn.exportName !== undefined && !nonEmptyString(fn.exportName)) return false
  if (!nonEmptyString(data.engineVersion)) return false
  const policy = data.policy
  if (!isObject(policy) || policy.id === undefined || policy.semanticsVersion === undefined || policy.hash === undefined) return false
  for (const key in policy) if (key !== 'id' && key !== 'semanticsVersion' && key !== 'hash') return false
  if (!nonEmptyString(policy.id) || !isInteger(policy.semanticsVersion) || policy.semanticsVersion < 0 || typeof policy.hash !== 'string') return false
  const scenarios = data.scenarios
  if (!isObject(scenarios)) return false
  for (const key in scenarios) {
    if (!SEMANTIC_ID.test(key)) return false
    const scenario = scenarios[key]
    if (!certainlyValidScenario(scenario) && !getValidators().scenario(scenario)) return false
  }
  return true
}

const SCENARIO_KEYS = new Set([
  'id',
  'status',
  'version',
  'seq',
  'label',
  'input',
  'outcome',
  'dependencies',
  'noise',
  'proposed',
  'capturedAt',
  'durationMs',
  'source',
  'history',
])

/** True only if Ajv's scenario validator accepts `s`; exported for the tests. */
export function certainlyValidScenario(s: unknown): boolean {
  if (!isObject(s)) return false
  if (
    s.id === undefined ||
    s.status === undefined ||
    s.version === undefined ||
    s.seq === undefined ||
    s.label === undefined ||
    s.input === undefined ||
    s.outcome === undefined ||
    s.dependencies === undefined ||
    s.capturedAt === undefined ||
    s.source === undefined ||
    s.history === undefined
  ) {
    return false
  }
  for (const key in s) if (!SCENARIO_KEYS.has(key)) return false
  if (!isScenarioId(s.id)) return false
  if (!isStatus(s.status)) return false
  if (!isInteger(s.version) || s.version < 1) return false
  if (!isInteger(s.seq) || s.seq < 1) return false
  if (typeof s.label !== 'string') return false
  if (!validInput(s.input)) return false
  if (!validOutcome(s.outcome)) return false
  if (!validDependencies(s.dependencies)) return false
  const noise = s.noise
  if (noise !== undefined) {
    if (!Array.isArray(noise)) return false
    for (let i = 0; i < noise.length; i++) {
      const path: unknown = noise[i]
      if (typeof path !== 'string' || path.charCodeAt(0) !== 0x24 /* $ */) return false
    }
  }
  if (s.proposed !== undefined && !validProposal(s.proposed)) return false
  if (!isTimestamp(s.capturedAt)) return false
  if (!validDuration(s.durationMs)) return false
  if (!validSource(s.source)) return false
  const history = s.history
  if (!Array.isArray(history)) return false
  for (let i = 0; i < history.length; i++) if (!validHistoryEntry(history[i])) return false
  return true
}

const isScenarioId = (v: unknown): boolean => typeof v === 'string' && SCENARIO_ID.test(v)
const isTimestamp = (v: unknown): boolean => typeof v === 'string' && TIMESTAMP.test(v)
/** Ajv's `number`: a finite number. */
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const validDuration = (v: unknown): boolean => v === undefined || (isNumber(v) && v >= 0)
const validOrder = (v: unknown): boolean => isInteger(v) && v >= 0

function validInput(input: unknown): boolean {
  if (!isObject(input) || input.args === undefined) return false
  for (const key in input) if (key !== 'args' && key !== 'this') return false
  return Array.isArray(input.args)
}

function validOutcome(outcome: unknown): boolean {
  if (!isObject(outcome)) return false
  if (outcome.kind === 'return') {
    if (outcome.value === undefined) return false
    for (const key in outcome) if (key !== 'kind' && key !== 'value') return false
    return true
  }
  if (outcome.kind === 'throw') {
    if (outcome.error === undefined) return false
    for (const key in outcome) if (key !== 'kind' && key !== 'error') return false
    return true
  }
  return false
}

function validDependencies(dependencies: unknown): boolean {
  if (!Array.isArray(dependencies)) return false
  for (let i = 0; i < dependencies.length; i++) if (!validDependency(dependencies[i])) return false
  return true
}

function validDependency(d: unknown): boolean {
  if (!isObject(d)) return false
  switch (d.kind) {
    case 'call':
      if (d.functionId === undefined || d.scenarioId === undefined || d.input === undefined || d.outcome === undefined || d.order === undefined) return false
      for (const key in d) {
        if (key !== 'kind' && key !== 'functionId' && key !== 'scenarioId' && key !== 'input' && key !== 'outcome' && key !== 'order') return false
      }
      return nonEmptyString(d.functionId) && isScenarioId(d.scenarioId) && validInput(d.input) && validOutcome(d.outcome) && validOrder(d.order)
    case 'http': {
      if (d.order === undefined || d.request === undefined || d.response === undefined) return false
      for (const key in d) if (key !== 'kind' && key !== 'order' && key !== 'request' && key !== 'response') return false
      if (!validOrder(d.order)) return false
      const request = d.request
      if (!isObject(request) || request.method === undefined || request.url === undefined || request.headers === undefined) return false
      for (const key in request) if (key !== 'method' && key !== 'url' && key !== 'headers' && key !== 'body') return false
      if (!nonEmptyString(request.method) || !nonEmptyString(request.url) || !validHeaders(request.headers)) return false
      const response = d.response
      if (!isObject(response) || response.status === undefined || response.headers === undefined) return false
      for (const key in response) if (key !== 'status' && key !== 'statusText' && key !== 'headers' && key !== 'body') return false
      const status = response.status
      if (!isInteger(status) || status < 0 || status > 999) return false
      if (response.statusText !== undefined && typeof response.statusText !== 'string') return false
      return validHeaders(response.headers)
    }
    case 'clock': {
      if (d.start === undefined || d.reads === undefined) return false
      for (const key in d) if (key !== 'kind' && key !== 'start' && key !== 'reads') return false
      if (!isNumber(d.start)) return false
      const reads = d.reads
      if (!Array.isArray(reads)) return false
      for (let i = 0; i < reads.length; i++) if (!isNumber(reads[i])) return false
      return true
    }
    default:
      return false
  }
}

function validHeaders(headers: unknown): boolean {
  if (!isObject(headers)) return false
  for (const key in headers) if (typeof headers[key] !== 'string') return false
  return true
}

function validProposal(p: unknown): boolean {
  if (!isObject(p) || p.outcome === undefined || p.dependencies === undefined || p.capturedAt === undefined || p.source === undefined) return false
  for (const key in p) {
    if (key !== 'outcome' && key !== 'dependencies' && key !== 'capturedAt' && key !== 'durationMs' && key !== 'source') return false
  }
  return validOutcome(p.outcome) && validDependencies(p.dependencies) && isTimestamp(p.capturedAt) && validDuration(p.durationMs) && validSource(p.source)
}

function validSource(source: unknown): boolean {
  if (!isObject(source) || source.kind === undefined) return false
  for (const key in source) if (key !== 'kind' && key !== 'command' && key !== 'host' && key !== 'pid' && key !== 'runId') return false
  const kind = source.kind
  if (kind !== 'record' && kind !== 'vitest' && kind !== 'jest' && kind !== 'import') return false
  if (source.command !== undefined && typeof source.command !== 'string') return false
  if (source.host !== undefined && typeof source.host !== 'string') return false
  if (source.pid !== undefined && (!isInteger(source.pid) || source.pid < 0)) return false
  if (source.runId !== undefined && typeof source.runId !== 'string') return false
  return true
}

function validHistoryEntry(e: unknown): boolean {
  if (!isObject(e)) return false
  if (e.action === undefined || e.from === undefined || e.to === undefined || e.at === undefined || e.by === undefined || e.version === undefined) return false
  for (const key in e) {
    if (key !== 'action' && key !== 'from' && key !== 'to' && key !== 'at' && key !== 'by' && key !== 'reason' && key !== 'version') return false
  }
  const action = e.action
  if (action !== 'record' && action !== 'approve' && action !== 'deprecate' && action !== 'propose' && action !== 'approve-change' && action !== 'rerecord') return false
  if (e.from !== null && !isStatus(e.from)) return false
  if (!isStatus(e.to)) return false
  if (!isTimestamp(e.at)) return false
  if (!nonEmptyString(e.by)) return false
  if (e.reason !== undefined && typeof e.reason !== 'string') return false
  if (!isInteger(e.version) || e.version < 1) return false
  return true
}
