import { ShadowtestError } from '../errors.js'
import { encodeCanonical } from '../encoding/encode.js'
import { encodeInput, inputRoot, type EncodedInput } from '../encoding/encode-input.js'
import type { EncodeOptions, Encoded } from '../encoding/types.js'
import { createRedactor, type Redactor } from '../redaction/redactor.js'
import { SEMANTIC_ID_LENGTH, semanticIdOf, semanticIdOfCanonical } from './semantic-id.js'

/** A raw (not yet encoded) scenario input: the call's arguments and, for methods, its receiver. */
export interface RawScenarioInput {
  args: readonly unknown[]
  this?: unknown
}

export interface ScenarioIdOptions {
  /** Redactor applied before hashing; default: `createRedactor()` (all patterns, SHADOWTEST_SECRET or the built-in secret). */
  redactor?: Redactor
  /** Limits for encoding the input. */
  encode?: Omit<EncodeOptions, 'redactor'>
}

let defaultRedactor: Redactor | undefined

/**
 * `"<functionId>:<semanticId>"` for raw inputs: encode → redact → canonicalize → hash, exactly
 * the id a stored scenario with this input carries. An array is taken as the argument list.
 *
 * @example scenarioId('pricing.quote', { args: [order] }) // 'pricing.quote:9f2c41d07a1b'
 */
export function scenarioId(functionId: string, input: RawScenarioInput | readonly unknown[], options: ScenarioIdOptions = {}): string {
  checkFunctionId(functionId)
  const raw: RawScenarioInput = Array.isArray(input) ? { args: input } : (input as RawScenarioInput)
  const redactor = options.redactor ?? (defaultRedactor ??= createRedactor())
  const encodeOptions = { ...options.encode, redactor }
  // Fast path: one walk that encodes, redacts and orders keys canonically, then the native
  // JSON.stringify. Inputs with references, Maps, Sets or cut values take the full path.
  const canonical = encodeCanonical(inputRoot(raw.args, raw.this), encodeOptions)
  if (canonical !== undefined) return `${functionId}:${semanticIdOfCanonical(JSON.stringify(canonical))}`
  const encoded = encodeInput(raw.args, raw.this, encodeOptions)
  return `${functionId}:${semanticIdOf(encoded as unknown as Encoded)}`
}

/** The id of an input that is already encoded and redacted (as stored in a baseline). */
export function scenarioIdFromEncoded(functionId: string, encodedInput: EncodedInput): string {
  checkFunctionId(functionId)
  return `${functionId}:${semanticIdOf(encodedInput as unknown as Encoded)}`
}

const SEMANTIC_ID = new RegExp(`^[0-9a-f]{${SEMANTIC_ID_LENGTH}}$`)

/** Splits `"pricing.quote:9f2c41d07a1b"`; function ids may contain `:`, the semantic id never does. */
export function parseScenarioId(id: string): { functionId: string; semanticId: string } {
  const at = typeof id === 'string' ? id.lastIndexOf(':') : -1
  const functionId = at > 0 ? id.slice(0, at) : ''
  const semanticId = at > 0 ? id.slice(at + 1) : ''
  if (functionId === '' || !SEMANTIC_ID.test(semanticId)) {
    throw new ShadowtestError(
      'VALIDATION:SCENARIO_ID_INVALID',
      `"${String(id)}" is not a scenario id: expected "<function id>:<12 lowercase hex chars>", e.g. "pricing.quote:9f2c41d07a1b".`,
      { details: { id } },
    )
  }
  return { functionId, semanticId }
}

const checkedIds = new Set<string>()

function checkFunctionId(functionId: string): void {
  // Ids repeat on every call of a captured function: check each once.
  if (checkedIds.has(functionId)) return
  if (typeof functionId !== 'string' || functionId.trim() === '' || /\s/.test(functionId)) {
    throw new ShadowtestError('VALIDATION:FUNCTION_ID_INVALID', `"${String(functionId)}" is not a function id: expected a non-empty name without spaces, e.g. "pricing.quote".`, {
      details: { functionId },
    })
  }
  if (checkedIds.size < 10_000) checkedIds.add(functionId)
}
