/**
 * JSON Schema of the user config. `additionalProperties: false` everywhere so a typo is an error
 * that names the key instead of a setting silently ignored. `diff` and `governance.policy` are
 * checked by their own modules (resolvePolicy, resolveGovernancePolicy), which know their rules.
 */
const bool = { type: 'boolean' }
const nonNegInt = { type: 'integer', minimum: 0 }
const posInt = { type: 'integer', minimum: 1 }
const rate = { type: 'number', minimum: 0, maximum: 1 }
const str = { type: 'string', minLength: 1 }
const onLimit = { enum: ['stop', 'sample'] }
const strict = (properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, properties })

export const PII_PATTERNS = ['email', 'card', 'phone', 'ssn', 'jwt', 'bearer', 'apiKey', 'iban'] as const

export const configSchema = strict({
  $schema: { type: 'string' },
  rootDir: str,
  baselineDir: str,
  captureDir: str,
  generatedDir: str,
  secret: str,
  capture: strict({
    enabled: bool,
    samplingRate: rate,
    functions: {
      type: 'object',
      additionalProperties: strict({ enabled: bool, samplingRate: rate, maxScenarios: nonNegInt, onLimit }),
    },
    maxScenariosPerFunction: nonNegInt,
    onLimit,
    dedupe: bool,
    maxPendingBytes: posInt,
    batchSize: posInt,
    flushIntervalMs: nonNegInt,
    rotateBytes: posInt,
    retention: strict({ maxAgeDays: { type: 'number', minimum: 0 }, maxFiles: nonNegInt }),
    http: strict({ recordHeaders: { type: 'array', items: str } }),
    clock: bool,
    encoding: strict({ maxDepth: posInt, maxArrayLength: posInt, maxStringLength: posInt, maxBytes: posInt }),
  }),
  redaction: strict({
    enabled: bool,
    keys: { type: 'array', items: str },
    allow: { type: 'array', items: str },
    patterns: strict(Object.fromEntries(PII_PATTERNS.map((p) => [p, bool]))),
    custom: {
      type: 'array',
      items: { ...strict({ name: str, pattern: str }), required: ['name', 'pattern'] },
    },
  }),
  diff: { type: 'object' },
  replay: strict({ mode: { enum: ['strict', 'tolerant', 'validation-only'] } }),
  gate: strict({ strict: bool, approve: bool, noiseRuns: nonNegInt, failOnObsolete: { enum: ['ci', 'always', 'never'] } }),
  governance: strict({ policy: { type: 'object' }, actor: str }),
  codegen: strict({
    outDir: str,
    perScenario: bool,
    provider: { enum: ['anthropic', 'openai'] },
    model: str,
    baseUrl: str,
    maxRetries: nonNegInt,
    timeoutMs: posInt,
  }),
})
