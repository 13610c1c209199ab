/** Marks a class decode made up because the real one was not registered in `DecodeOptions.classes`. */
export const SYNTHETIC = Symbol.for('shadowtest.syntheticClass')

type AnyClass = abstract new (...args: never[]) => unknown

const cache = new Map<string, AnyClass>()
const MAX_CACHED = 1000

/**
 * A stand-in class named `name` (extending `base` when given), so a decoded instance still
 * says what it was (`value.constructor.name === 'Money'`) and encodes back to the same tag.
 */
export function syntheticClass(name: string, base?: AnyClass): AnyClass {
  const key = base ? `${base.name}\u0000${name}` : name
  let cls = cache.get(key)
  if (cls === undefined) {
    cls = base
      ? ({ [name]: class extends (base as unknown as ErrorConstructor) {} } as Record<string, AnyClass>)[name]!
      : ({ [name]: class {} } as Record<string, AnyClass>)[name]!
    Object.defineProperty(cls, SYNTHETIC, { value: true })
    if (cache.size < MAX_CACHED) cache.set(key, cls)
  }
  return cls
}

/** Copies decoded data onto a target as own enumerable properties (safe for a `__proto__` key). */
export function assignData(target: object, data: unknown): void {
  if (data === null || typeof data !== 'object') return
  for (const key of Object.keys(data)) {
    Object.defineProperty(target, key, {
      value: (data as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
}
