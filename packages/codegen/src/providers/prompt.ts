import type { Encoded, Redactor, Scenario } from '@shadowtest/core'

/** Longest function source sent; beyond it the source is cut (and the prompt says so). */
export const MAX_SOURCE_CHARS = 20_000

export interface PromptFacts {
  functionId: string
  exportName: string
  /** Module path relative to the project root (`src/pricing.ts`). */
  module: string
  /** The module's source text, when it could be read. */
  source: string | undefined
  /** The template test file the answer must improve on (already valid and passing by construction). */
  template: string
  /** The scenarios the file covers, as stored (encoded and redacted). */
  scenarios: readonly Scenario[]
}

export interface Prompt {
  system: string
  user: string
}

export const SYSTEM_PROMPT = [
  'You improve generated regression tests for a TypeScript project that uses Vitest and Shadowtest.',
  'Shadowtest recorded real calls of a function (inputs, outcome, dependencies) and replays them: `s.replay(fn)` re-runs the function on the recorded input with its recorded dependencies served, and `await expect(s.replay(fn)).toMatchBaseline(s)` checks the outcome against the approved baseline.',
  'Rewrite the template test file into a more idiomatic, readable test file:',
  '- keep every import the template has, the `scenarios(...)` lookup, and for EVERY scenario id in the template one test that looks that scenario up by its exact id and awaits `expect(s.replay(fn)).toMatchBaseline(s)`;',
  '- improve test names and add short comments that explain the business rule each scenario exercises, based on the function source;',
  '- you may add plain assertions that call the function directly with the shown input, but only when the scenario has no recorded dependencies and you are certain of the result;',
  '- do not add dependencies, mocks, network access, snapshots or files; do not change the function.',
  'Answer with the complete file in a single ```ts fenced code block and nothing else.',
].join('\n')

/**
 * The prompt for one generated file. Everything in it comes from the baseline (already
 * redacted when it was recorded) and the function's source; as a guard the redactor runs over
 * the whole payload once more before anything leaves the machine.
 */
export function buildPrompt(facts: PromptFacts, redactor: Redactor): Prompt {
  const source =
    facts.source === undefined
      ? '(source not available)'
      : facts.source.length > MAX_SOURCE_CHARS
        ? `${facts.source.slice(0, MAX_SOURCE_CHARS)}\n// … cut at ${MAX_SOURCE_CHARS} characters`
        : facts.source
  const payload = {
    functionId: facts.functionId,
    exportName: facts.exportName,
    module: facts.module,
    source,
    scenarios: facts.scenarios.map((s) => ({
      id: s.id,
      label: s.label,
      input: s.input,
      outcome: s.outcome,
      dependencies: s.dependencies,
    })),
    template: facts.template,
  }
  const safe = redactor.redact(payload as unknown as Encoded) as unknown as typeof payload
  const user = [
    `Function \`${safe.exportName}\` (id ${safe.functionId}) from ${safe.module}:`,
    '```ts',
    safe.source,
    '```',
    '',
    'Recorded scenarios (values in Shadowtest\'s tagged JSON encoding: {"$st":"date",…} is a Date, {"$st":"bigint",…} a bigint, {"$st":"undefined"} undefined):',
    '```json',
    JSON.stringify(safe.scenarios, null, 2),
    '```',
    '',
    'Template test file to improve:',
    '```ts',
    safe.template,
    '```',
  ].join('\n')
  return { system: SYSTEM_PROMPT, user }
}

/** The feedback turn after a rejected answer: what failed, and the same answer format again. */
export function feedbackMessage(reason: string): string {
  return [
    'That file was rejected:',
    '```',
    reason.length > 6_000 ? `${reason.slice(0, 6_000)}\n…` : reason,
    '```',
    'Fix it and answer again with the complete file in a single ```ts fenced code block.',
  ].join('\n')
}

/** The code of the first ```ts / ```typescript block (else the first fenced block), or undefined. */
export function extractCode(answer: string): string | undefined {
  const blocks = [...answer.matchAll(/```([A-Za-z]*)[^\n]*\n([\s\S]*?)```/g)]
  const typed = blocks.find((b) => /^(ts|typescript|tsx)$/i.test(b[1] ?? ''))
  const code = (typed ?? blocks[0])?.[2]
  return code === undefined || code.trim() === '' ? undefined : code
}
