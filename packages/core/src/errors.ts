/**
 * Every failure that reaches a user is a `ShadowtestError` with a stable `code`
 * (`CATEGORY:NAME`) and a message saying what was wrong, where, and what to do next.
 */
export type ErrorCategory =
  | 'VALIDATION'
  | 'CONFIG'
  | 'GOVERNANCE'
  | 'REPLAY'
  | 'STORE'
  | 'SECURITY'
  | 'CAPTURE'
  | 'ENCODING'
  | 'DIFF'
  | 'CLI'
  | 'CODEGEN'
  | 'PROVIDER'

export type ErrorCode = `${ErrorCategory}:${string}`

/** Where a failure happened, when it can be named. */
export interface ErrorLocation {
  file?: string
  scenarioId?: string
  /** JSON path inside the file or value, e.g. `$.scenarios.9f2c41d07a1b.input`. */
  path?: string
}

export interface ShadowtestErrorOptions extends ErrorLocation {
  cause?: unknown
  /** Process exit code when this error ends a CLI command: 2 (execution/config/validation) unless it is a mismatch (1). */
  exitCode?: 1 | 2
  /** Extra machine-readable facts (expected/found, reason codes, …). */
  details?: Record<string, unknown>
}

export class ShadowtestError extends Error {
  override readonly name = 'ShadowtestError'
  readonly code: ErrorCode
  readonly exitCode: 1 | 2
  readonly file: string | undefined
  readonly scenarioId: string | undefined
  readonly path: string | undefined
  readonly details: Record<string, unknown>

  constructor(code: ErrorCode, message: string, options: ShadowtestErrorOptions = {}) {
    super(`[${code}] ${message}`, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.exitCode = options.exitCode ?? 2
    this.file = options.file
    this.scenarioId = options.scenarioId
    this.path = options.path
    this.details = options.details ?? {}
  }

  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      message: this.message,
      file: this.file,
      scenarioId: this.scenarioId,
      path: this.path,
      details: this.details,
    }
  }
}

/** True for a ShadowtestError, also across module copies (dist vs. source). */
export function isShadowtestError(error: unknown): error is ShadowtestError {
  return (
    error instanceof ShadowtestError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'ShadowtestError' &&
      typeof (error as { code?: unknown }).code === 'string')
  )
}
