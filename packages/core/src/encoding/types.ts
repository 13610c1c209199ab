/**
 * The tagged JSON encoding every stored value goes through (docs/encoding.md).
 * Plain JSON stays as it is; anything else becomes an object whose tag key is `"$st"`.
 */

/** The key that marks a tagged value. A plain object with this own key is escaped (`{ "$st": "object", value }`). */
export const TAG = '$st'

/** A JSON value as produced by `encode`. */
export type Encoded = null | boolean | number | string | Encoded[] | EncodedObject
export interface EncodedObject {
  [key: string]: Encoded
}
/** A tagged value: `{ "$st": "<tag>", …fields }`. */
export interface Tagged extends EncodedObject {
  $st: string
}

export interface EncodeLimits {
  /** Nesting levels kept; deeper containers become `{ "$st": "truncated", "reason": "depth" }`. */
  maxDepth: number
  /** Items kept per array, Map or Set and keys kept per object. */
  maxArrayLength: number
  /** Characters kept per string; longer strings become a truncated marker with a prefix. */
  maxStringLength: number
  /** Approximate size budget of the whole encoded value (string characters, binary bytes, ~8 per scalar). */
  maxBytes: number
}

export const DEFAULT_ENCODE_LIMITS: Readonly<EncodeLimits> = Object.freeze({
  maxDepth: 100,
  maxArrayLength: 10_000,
  maxStringLength: 100_000,
  maxBytes: 10 * 1024 * 1024,
})

/**
 * What `encode` needs of a redactor (`createRedactor()` in ../redaction satisfies it). Declared
 * here so encoding does not depend on redaction.
 */
export interface EncodeRedactor {
  readonly enabled: boolean
  redact(encoded: Encoded): Encoded
  /** Per-node operations for redacting during the encoding walk; undefined when the redactor needs whole paths (JSONPath allow rules). */
  inline?(): InlineRedaction | undefined
}

/** Redaction steps applied node by node while encoding; the result equals `redact(encode(value))`. */
export interface InlineRedaction {
  string(text: string): Encoded
  /** Numbers that could be card numbers (integers ≥ 1e12). */
  number(value: number): Encoded
  /** What to do with the value under an object key: 0 walk, 1 mask the whole value, 2 keep it clear. */
  key(key: string): 0 | 1 | 2
  maskWhole(encoded: Encoded): Encoded
  redact(encoded: Encoded): Encoded
}

export interface EncodeOptions extends Partial<EncodeLimits> {
  /**
   * Redact while encoding, in one pass: same result as `redactor.redact(encode(value))`, faster
   * because plain objects, arrays and strings are walked and copied once.
   */
  redactor?: EncodeRedactor
  /** Keep `Error.stack` (off by default: stacks differ between machines and runs). */
  errorStack?: boolean
  /** Extra handlers tried before the built-in ones (first match wins). */
  handlers?: readonly ValueHandler[]
}

export interface ResolvedEncodeOptions extends EncodeLimits {
  errorStack: boolean
}

/** A constructor a class instance can be restored to (its prototype is used; the constructor is not called). */
export type RestorableClass = abstract new (...args: never[]) => unknown

export interface DecodeOptions {
  /** Classes by name: instances (and errors) whose class name is listed get that prototype back. */
  classes?: Readonly<Record<string, RestorableClass>> | ReadonlyMap<string, RestorableClass>
  /** Extra handlers for custom tags. */
  handlers?: readonly ValueHandler[]
}

export type PathSegment = string | number

/** What a handler may ask of the encoder while it encodes one value. */
export interface EncodeContext {
  readonly options: ResolvedEncodeOptions
  /**
   * Encodes a child value that will sit at `path` inside the tagged object being built
   * (e.g. `ctx.encode(key, 'entries', i, 0)`), so references and limits work.
   */
  encode(value: unknown, ...path: PathSegment[]): Encoded
  /** Own enumerable string-keyed data of an object as a plain object; throwing getters become unreadable placeholders. */
  ownData(value: object, skip?: ReadonlySet<string>): Record<string, unknown>
  /** True while the size budget allows more items. */
  withinBudget(): boolean
  /** Counts `n` bytes against the size budget. */
  spend(n: number): void
}

export interface DecodeContext {
  readonly options: DecodeOptions
  decode(encoded: Encoded): unknown
  /**
   * Registers the container being rebuilt before its children are decoded, so that
   * circular references to it resolve to this very object.
   */
  created<T>(value: T): T
  /** The class registered under `name` in `DecodeOptions.classes`, if any. */
  classFor(name: string): RestorableClass | undefined
}

/**
 * A value handler: one kind of JS value ⇄ one tag. Built-ins live in ./handlers, one file each;
 * first match wins. A handler that throws is caught: the value becomes `{ "$st": "unreadable" }`.
 */
export interface ValueHandler<T = never> {
  /** The tag this handler writes (and reads). */
  readonly name: string
  test(value: unknown): boolean
  encode(value: T, ctx: EncodeContext): Tagged
  decode(tagged: Tagged, ctx: DecodeContext): unknown
}

/** Identity helper that types a handler: `defineHandler<Date>({ … })`. */
export function defineHandler<T>(handler: ValueHandler<T>): ValueHandler<T> {
  return handler
}
