/**
 * A cheaper first pass over a user config that answers only "certainly valid": when it returns
 * true, Ajv's config validator (generated/config-validator.cjs) would return true too, so
 * `resolveConfig` does not load and run it; when it returns false, Ajv runs as before and gives
 * the verdict and the error. It never rejects anything itself, so errors stay Ajv's.
 *
 * Why: the validator is 79 KB of generated code that every process loading a config compiled
 * (≈ 3 ms in Vitest's main process before the workers start, the same in every CLI command and
 * in a worker without the handoff), for configs that are nearly always a few known keys with plain
 * values (docs/performance.md, Round 6).
 *
 * It mirrors schema/config.schema.json (draft-07) check for check, with Ajv's own expressions:
 * `x !== undefined` for a present key (inherited ones included), `for…in` for
 * `additionalProperties`, `typeof … === 'number'` and finite for `number`, `Number.isInteger`
 * for `integer`, `length > 0` for `minLength: 1`, the patterns with the `u` flag.
 * `CONFIG_SCHEMA_FINGERPRINT` is the sha256 of the schema file: a test fails when the schema
 * changes, so this pass is reviewed with it. `test/fast-config-check.test.ts` compares its
 * verdict with Ajv's over every config one mutation away from one holding every key.
 */
export const CONFIG_SCHEMA_FINGERPRINT = 'c381048df3e2a6faeb9a43deb7c823463d3363d86778efb43178b68ca98e5aba'

type Obj = Record<string, unknown>

const isObject = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v)
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)
const nonEmptyString = (v: unknown): boolean => typeof v === 'string' && v.length > 0

// Optional members, each with Ajv's check of a present value.
const optBoolean = (v: unknown): boolean => v === undefined || typeof v === 'boolean'
const optString = (v: unknown): boolean => v === undefined || typeof v === 'string'
const optNonEmpty = (v: unknown): boolean => v === undefined || nonEmptyString(v)
const optIntAtLeast = (v: unknown, min: number): boolean => v === undefined || (isInteger(v) && v >= min)
const optRate = (v: unknown): boolean => v === undefined || (isNumber(v) && v >= 0 && v <= 1)
const optObject = (v: unknown): boolean => v === undefined || isObject(v)
const optOnLimit = (v: unknown): boolean => v === undefined || v === 'stop' || v === 'sample'
const optNonEmptyStrings = (v: unknown): boolean => {
  if (v === undefined) return true
  if (!Array.isArray(v)) return false
  for (let i = 0; i < v.length; i++) if (!nonEmptyString(v[i])) return false
  return true
}

/** `true` when every enumerable key of `o` (inherited too, like Ajv's `for…in`) is in `known`. */
function onlyKeys(o: Obj, known: ReadonlySet<string>): boolean {
  for (const key in o) if (!known.has(key)) return false
  return true
}

// The schema's patterns, with the `u` flag like Ajv's.
const TABLE = /^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$/u
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/u

const TOP = new Set(['$schema', 'rootDir', 'baselineDir', 'captureDir', 'generatedDir', 'secret', 'capture', 'redaction', 'diff', 'replay', 'gate', 'governance', 'codegen'])
const CAPTURE = new Set([
  'enabled',
  'samplingRate',
  'functions',
  'maxScenariosPerFunction',
  'onLimit',
  'dedupe',
  'maxPendingBytes',
  'batchSize',
  'flushIntervalMs',
  'rotateBytes',
  'retention',
  'http',
  'clock',
  'encoding',
  'sink',
])
const FUNCTION = new Set(['enabled', 'samplingRate', 'maxScenarios', 'onLimit'])
const RETENTION = new Set(['maxAgeDays', 'maxFiles'])
const HTTP = new Set(['recordHeaders'])
const ENCODING = new Set(['maxDepth', 'maxArrayLength', 'maxStringLength', 'maxBytes'])
const SINK = new Set(['kind', 'table', 'urlEnv'])
const REDACTION = new Set(['enabled', 'keys', 'allow', 'patterns', 'custom'])
const PATTERNS = new Set(['email', 'card', 'phone', 'ssn', 'jwt', 'bearer', 'apiKey', 'iban'])
const CUSTOM = new Set(['name', 'pattern'])
const REPLAY = new Set(['mode', 'http'])
const REPLAY_HTTP = new Set(['origin'])
const GATE = new Set(['strict', 'approve', 'noiseRuns', 'failOnObsolete'])
const GOVERNANCE = new Set(['policy', 'actor'])
const CODEGEN = new Set(['outDir', 'perScenario', 'provider', 'model', 'baseUrl', 'maxRetries', 'timeoutMs'])

/**
 * True only if Ajv's config validator accepts `config` (see above). A value it cannot read (a
 * throwing getter, a revoked proxy) is "not sure": Ajv then reads it and fails as it did before.
 */
export function certainlyValidConfig(config: unknown): boolean {
  try {
    return validTop(config)
  } catch {
    return false
  }
}

function validTop(c: unknown): boolean {
  if (!isObject(c) || !onlyKeys(c, TOP)) return false
  return (
    optString(c.$schema) &&
    optNonEmpty(c.rootDir) &&
    optNonEmpty(c.baselineDir) &&
    optNonEmpty(c.captureDir) &&
    optNonEmpty(c.generatedDir) &&
    optNonEmpty(c.secret) &&
    (c.capture === undefined || validCapture(c.capture)) &&
    (c.redaction === undefined || validRedaction(c.redaction)) &&
    optObject(c.diff) &&
    (c.replay === undefined || validReplay(c.replay)) &&
    (c.gate === undefined || validGate(c.gate)) &&
    (c.governance === undefined || validGovernance(c.governance)) &&
    (c.codegen === undefined || validCodegen(c.codegen))
  )
}

function validCapture(c: unknown): boolean {
  if (!isObject(c) || !onlyKeys(c, CAPTURE)) return false
  if (!optBoolean(c.enabled) || !optRate(c.samplingRate)) return false
  const functions = c.functions
  if (functions !== undefined) {
    if (!isObject(functions)) return false
    for (const id in functions) if (!validFunction(functions[id])) return false
  }
  if (!optIntAtLeast(c.maxScenariosPerFunction, 0) || !optOnLimit(c.onLimit) || !optBoolean(c.dedupe)) return false
  if (!optIntAtLeast(c.maxPendingBytes, 1) || !optIntAtLeast(c.batchSize, 1) || !optIntAtLeast(c.flushIntervalMs, 0) || !optIntAtLeast(c.rotateBytes, 1)) return false
  const retention = c.retention
  if (retention !== undefined) {
    if (!isObject(retention) || !onlyKeys(retention, RETENTION)) return false
    if (!(retention.maxAgeDays === undefined || (isNumber(retention.maxAgeDays) && retention.maxAgeDays >= 0)) || !optIntAtLeast(retention.maxFiles, 0)) return false
  }
  const http = c.http
  if (http !== undefined && (!isObject(http) || !onlyKeys(http, HTTP) || !optNonEmptyStrings(http.recordHeaders))) return false
  if (!optBoolean(c.clock)) return false
  const encoding = c.encoding
  if (encoding !== undefined) {
    if (!isObject(encoding) || !onlyKeys(encoding, ENCODING)) return false
    if (!optIntAtLeast(encoding.maxDepth, 1) || !optIntAtLeast(encoding.maxArrayLength, 1) || !optIntAtLeast(encoding.maxStringLength, 1) || !optIntAtLeast(encoding.maxBytes, 1)) {
      return false
    }
  }
  return c.sink === undefined || validSink(c.sink)
}

function validFunction(f: unknown): boolean {
  return isObject(f) && onlyKeys(f, FUNCTION) && optBoolean(f.enabled) && optRate(f.samplingRate) && optIntAtLeast(f.maxScenarios, 0) && optOnLimit(f.onLimit)
}

/** The schema's `anyOf`: `{ kind, table?, urlEnv? }` or one of the kinds. */
function validSink(s: unknown): boolean {
  if (s === 'ndjson' || s === 'postgres') return true
  if (!isObject(s) || s.kind === undefined || !onlyKeys(s, SINK)) return false
  if (s.kind !== 'ndjson' && s.kind !== 'postgres') return false
  if (s.table !== undefined && !(typeof s.table === 'string' && TABLE.test(s.table))) return false
  return s.urlEnv === undefined || (typeof s.urlEnv === 'string' && ENV_NAME.test(s.urlEnv))
}

function validRedaction(r: unknown): boolean {
  if (!isObject(r) || !onlyKeys(r, REDACTION)) return false
  if (!optBoolean(r.enabled) || !optNonEmptyStrings(r.keys) || !optNonEmptyStrings(r.allow)) return false
  const patterns = r.patterns
  if (patterns !== undefined) {
    if (!isObject(patterns) || !onlyKeys(patterns, PATTERNS)) return false
    for (const name of PATTERNS) if (!optBoolean(patterns[name])) return false
  }
  const custom = r.custom
  if (custom === undefined) return true
  if (!Array.isArray(custom)) return false
  for (let i = 0; i < custom.length; i++) {
    const entry: unknown = custom[i]
    if (!isObject(entry) || entry.name === undefined || entry.pattern === undefined || !onlyKeys(entry, CUSTOM)) return false
    if (!nonEmptyString(entry.name) || !nonEmptyString(entry.pattern)) return false
  }
  return true
}

function validReplay(r: unknown): boolean {
  if (!isObject(r) || !onlyKeys(r, REPLAY)) return false
  if (!(r.mode === undefined || r.mode === 'strict' || r.mode === 'tolerant' || r.mode === 'validation-only')) return false
  const http = r.http
  if (http === undefined) return true
  return isObject(http) && onlyKeys(http, REPLAY_HTTP) && (http.origin === undefined || http.origin === 'ignore' || http.origin === 'match')
}

function validGate(g: unknown): boolean {
  if (!isObject(g) || !onlyKeys(g, GATE)) return false
  return (
    optBoolean(g.strict) &&
    optBoolean(g.approve) &&
    optIntAtLeast(g.noiseRuns, 0) &&
    (g.failOnObsolete === undefined || g.failOnObsolete === 'ci' || g.failOnObsolete === 'always' || g.failOnObsolete === 'never')
  )
}

function validGovernance(g: unknown): boolean {
  return isObject(g) && onlyKeys(g, GOVERNANCE) && optObject(g.policy) && optNonEmpty(g.actor)
}

function validCodegen(c: unknown): boolean {
  if (!isObject(c) || !onlyKeys(c, CODEGEN)) return false
  return (
    optNonEmpty(c.outDir) &&
    optBoolean(c.perScenario) &&
    (c.provider === undefined || c.provider === 'anthropic' || c.provider === 'openai') &&
    optNonEmpty(c.model) &&
    optNonEmpty(c.baseUrl) &&
    optIntAtLeast(c.maxRetries, 0) &&
    optIntAtLeast(c.timeoutMs, 1)
  )
}
