import { compile } from 'json-schema-to-typescript'
import type { JSONSchema } from 'json-schema-to-typescript'
import type { Encoded, Scenario } from '@shadowtest/core'
import { inferArgs, emptyShape, addValue, schemaOf, type Shape } from './infer-schema.js'

/** The names a generated test uses from its `<function>.types.ts`. */
export interface PayloadTypeNames {
  /** The argument list as a tuple: `const input: QuoteInput = [order]`. */
  input: string
  /** What the function returned (resolved value for async functions); absent when it only threw. */
  result: string | undefined
}

export interface PayloadTypes {
  names: PayloadTypeNames
  /** TypeScript source (unformatted) of the types file body. */
  source: string
}

/** `quote` → `Quote`, `price-list.load` → `PriceListLoad`: the prefix of every type name. */
export function typePrefix(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0)
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')
  return /^[A-Za-z]/.test(joined) ? joined : `Fn${joined}`
}

/**
 * Infers JSON Schemas for a function's inputs and results from all its scenarios and
 * compiles them with json-schema-to-typescript. Shapes merge across scenarios: a key absent
 * in some becomes optional, different kinds become unions, tagged values become their
 * runtime types (`Date`, `bigint`, `Map<K, V>`…).
 */
export async function payloadTypes(prefix: string, scenarios: readonly Scenario[]): Promise<PayloadTypes> {
  const args = inferArgs(scenarios.map((s) => s.input.args as Encoded[]))
  const returned = emptyShape()
  for (const scenario of scenarios) {
    if (scenario.outcome.kind === 'return') addValue(returned, scenario.outcome.value as Encoded)
  }
  const names: PayloadTypeNames = {
    input: `${prefix}Input`,
    result: returned.seen > 0 ? `${prefix}Result` : undefined,
  }
  const parts = [await compileSchema(inputSchema(prefix, args.positions, args.minArity, args.maxArity), names.input)]
  if (names.result !== undefined) {
    parts.push(await compileSchema(titled(schemaOf(returned), names.result), names.result))
  }
  return { names, source: parts.join('\n') }
}

function inputSchema(prefix: string, positions: Shape[], minArity: number, maxArity: number): JSONSchema {
  const items = positions.map((shape, index) => {
    const schema = schemaOf(shape)
    // Object arguments get a name of their own (`QuoteArg1`) so the tuple stays readable.
    return schema.type === 'object' ? titled(schema, `${prefix}Arg${index + 1}`) : schema
  })
  return {
    title: `${prefix}Input`,
    type: 'array',
    items,
    minItems: minArity,
    maxItems: maxArity,
    additionalItems: false,
  }
}

function titled(schema: JSONSchema, title: string): JSONSchema {
  return { title, ...schema }
}

async function compileSchema(schema: JSONSchema, name: string): Promise<string> {
  return compile(schema, name, {
    bannerComment: '',
    format: false,
    additionalProperties: false,
    strictIndexSignatures: true,
    declareExternallyReferenced: true,
  })
}
