import type { DiffPolicyInput, ResolvedPolicy } from '../diff/index.js'
import type { GovernancePolicy, ResolvedGovernancePolicy } from '../governance/index.js'

export type OnLimit = 'stop' | 'sample'
export type ReplayMode = 'strict' | 'tolerant' | 'validation-only'
/** Whether replay matches a recorded HTTP exchange's origin (scheme, host, port): `ignore` matches method + path + query (+ body) only. */
export type HttpOriginMatch = 'ignore' | 'match'
export type FailOnObsolete = 'ci' | 'always' | 'never'
export type CodegenProvider = 'anthropic' | 'openai'
export type PiiPattern = 'email' | 'card' | 'phone' | 'ssn' | 'jwt' | 'bearer' | 'apiKey' | 'iban'

export interface FunctionCaptureConfig {
  enabled?: boolean
  samplingRate?: number
  maxScenarios?: number
  onLimit?: OnLimit
}

export interface EncodingLimitsConfig {
  maxDepth?: number
  maxArrayLength?: number
  maxStringLength?: number
  maxBytes?: number
}

/** The capture backends; `ndjson` writes files under `captureDir`, `postgres` rows in a table. */
export type CaptureSinkKind = 'ndjson' | 'postgres'

/**
 * Where captures go: a kind, or an object with the Postgres table and the name of the
 * environment variable holding the connection URL. The URL itself never goes in a config file.
 * @example sink: { kind: 'postgres', table: 'ops.captures', urlEnv: 'DATABASE_URL' }
 */
export type CaptureSinkConfig =
  | CaptureSinkKind
  | { kind: 'ndjson' }
  | {
      kind: 'postgres'
      /** The capture table, optionally schema-qualified (`ops.captures`). Default `shadowtest_captures`. */
      table?: string
      /** The environment variable holding the connection URL. Default `SHADOWTEST_PG_URL`. */
      urlEnv?: string
    }

/** The sink after file and environment (`SHADOWTEST_SINK`, `SHADOWTEST_PG_TABLE`) are merged. */
export type ResolvedCaptureSink =
  | { kind: 'ndjson' }
  | {
      kind: 'postgres'
      /** undefined: the sink's default table (`shadowtest_captures`). */
      table: string | undefined
      /** Read when the sink is made; `SHADOWTEST_PG_URL`, when set, wins over it. */
      urlEnv: string
    }

export interface CaptureConfig {
  enabled?: boolean
  samplingRate?: number
  functions?: Record<string, FunctionCaptureConfig>
  maxScenariosPerFunction?: number
  onLimit?: OnLimit
  dedupe?: boolean
  maxPendingBytes?: number
  batchSize?: number
  flushIntervalMs?: number
  rotateBytes?: number
  retention?: { maxAgeDays?: number; maxFiles?: number }
  http?: { recordHeaders?: string[] }
  clock?: boolean
  encoding?: EncodingLimitsConfig
  sink?: CaptureSinkConfig
}

export interface RedactionConfig {
  enabled?: boolean
  /** Extra key names to mask (case- and separator-insensitive). */
  keys?: string[]
  /** Key names or JSONPaths (`$.…`) kept clear. */
  allow?: string[]
  patterns?: Partial<Record<PiiPattern, boolean>>
  custom?: Array<{ name: string; pattern: string }>
}

/** What users write in shadowtest.config.ts (every key optional). */
export interface ShadowtestConfig {
  rootDir?: string
  baselineDir?: string
  captureDir?: string
  generatedDir?: string
  /** HMAC key for redaction masks; set it through SHADOWTEST_SECRET rather than committing it. */
  secret?: string
  capture?: CaptureConfig
  redaction?: RedactionConfig
  diff?: DiffPolicyInput
  replay?: { mode?: ReplayMode; http?: { origin?: HttpOriginMatch } }
  gate?: { strict?: boolean; approve?: boolean; noiseRuns?: number; failOnObsolete?: FailOnObsolete }
  governance?: { policy?: GovernancePolicy; actor?: string }
  codegen?: {
    outDir?: string
    perScenario?: boolean
    provider?: CodegenProvider
    model?: string
    baseUrl?: string
    maxRetries?: number
    timeoutMs?: number
  }
}

/** Every key present, directories absolute, sub-policies validated. */
export interface ResolvedConfig {
  rootDir: string
  baselineDir: string
  captureDir: string
  generatedDir: string
  secret: string | undefined
  /** The file the config came from, or undefined when only defaults and env apply. */
  configFile: string | undefined
  capture: {
    enabled: boolean
    samplingRate: number
    functions: Record<string, FunctionCaptureConfig>
    maxScenariosPerFunction: number
    onLimit: OnLimit
    dedupe: boolean
    maxPendingBytes: number
    batchSize: number
    flushIntervalMs: number
    rotateBytes: number
    retention: { maxAgeDays: number; maxFiles: number }
    http: { recordHeaders: string[] }
    clock: boolean
    encoding: Required<EncodingLimitsConfig>
    sink: ResolvedCaptureSink
  }
  redaction: {
    enabled: boolean
    keys: string[]
    allow: string[]
    patterns: Record<PiiPattern, boolean>
    custom: Array<{ name: string; pattern: string }>
  }
  diff: ResolvedPolicy
  replay: { mode: ReplayMode; http: { origin: HttpOriginMatch } }
  gate: { strict: boolean; approve: boolean; noiseRuns: number; failOnObsolete: FailOnObsolete }
  governance: { policy: ResolvedGovernancePolicy; actor: string | undefined }
  codegen: {
    /** Absolute; the generatedDir unless set. */
    outDir: string
    perScenario: boolean
    provider: CodegenProvider | undefined
    model: string | undefined
    baseUrl: string | undefined
    maxRetries: number
    timeoutMs: number
  }
}
