import type { Encoded, Tagged } from './types.js'

const BRAND = Symbol.for('shadowtest.placeholder')

/** Key under which a decoded object, Map or Set carries the marker of entries cut by a limit. */
export const TRUNCATED = Symbol.for('shadowtest.truncated')

/**
 * What decoding gives for values that were not kept as data: functions, truncated or unreadable
 * values, opaque objects (Promise, WeakMap). Never callable, never mistaken for data; encoding
 * it again gives back the exact tag it came from, so a replayed value compares equal.
 */
export class Placeholder {
  readonly [BRAND] = true
  /** The tag it stands for: `function`, `truncated`, `unreadable`, `opaque`, … */
  readonly kind: string
  /** The tagged form it was decoded from. */
  readonly encoded: Readonly<Tagged>

  constructor(encoded: Tagged) {
    this.kind = encoded.$st
    this.encoded = deepFreeze(structuredClone(encoded))
  }

  toString(): string {
    const name = this.encoded['name'] ?? this.encoded['reason'] ?? this.encoded['type'] ?? this.encoded['error']
    return `[shadowtest ${this.kind}${typeof name === 'string' ? ` ${name}` : ''}]`
  }

  toJSON(): Readonly<Tagged> {
    return this.encoded
  }
}

/** True for a decoded placeholder, also across module copies. */
export function isPlaceholder(value: unknown): value is Placeholder {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true
}

function deepFreeze<T extends Encoded>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
