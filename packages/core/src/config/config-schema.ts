import { readFileSync } from 'node:fs'

/**
 * The user config's JSON Schema lives in schema/config.schema.json, so editors can validate a
 * `.shadowtestrc.json` with `"$schema": "./node_modules/@shadowtest/core/schema/config.schema.json"`
 * and Ajv validates the same rules here. `additionalProperties: false` everywhere: a typo is an
 * error that names the key instead of a setting silently ignored. `diff` and `governance.policy`
 * are checked by their own modules (resolvePolicy, resolveGovernancePolicy), which know their rules.
 */
export function loadConfigSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../schema/config.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>
}

/** The value patterns `redaction.patterns` can switch off; the schema lists the same names. */
export const PII_PATTERNS = ['email', 'card', 'phone', 'ssn', 'jwt', 'bearer', 'apiKey', 'iban'] as const
