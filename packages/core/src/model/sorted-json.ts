/**
 * JSON with object keys sorted at every level, so that a baseline file written twice from the
 * same data is byte-identical and a git diff shows only real changes.
 */
export function stringifySorted(value: unknown, indent = 2): string {
  return JSON.stringify(value, sortKeysReplacer, indent)
}

function sortKeysReplacer(this: unknown, _key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key]
  return sorted
}
