import { ShadowtestError } from '../errors.js'
import type { EncodedInput } from '../encoding/index.js'
import { scenarioIdFromEncoded, semanticIdOf } from '../identity/index.js'
import type { BaselineFile, Scenario } from './generated-types.js'

/**
 * A scenario is stored under its semantic id and its id is `<function id>:<semantic id>`; a
 * hand edit or a bad merge can break either link, and replay would then run the wrong input
 * under the wrong name. Reject such files instead. The id must also be the hash of the stored
 * input: an input edited by hand would otherwise replay under an id that no recording produces.
 */
export function checkScenarioIds(file: BaselineFile, fileName: string | undefined): void {
  const functionId = file.function.id
  // Keys and values by index, not `[key, scenario]` destructuring: this runs once per file load,
  // cold, over thousands of scenarios, where destructuring goes through the array iterator.
  const keys = Object.keys(file.scenarios)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    const scenario = file.scenarios[key]!
    const split = scenario.id.lastIndexOf(':')
    const idFunction = scenario.id.slice(0, split)
    const idSemantic = scenario.id.slice(split + 1)
    if (idSemantic !== key || idFunction !== functionId) {
      const expected = `${functionId}:${key}`
      throw mismatch(
        fileName,
        key,
        scenario.id,
        `id is "${scenario.id}" but the scenario is stored under key "${key}" of function "${functionId}" (expected id "${expected}")`,
        'Rename the key or the id so they agree, or restore the file from version control.',
      )
    }
    // The key is the id's semantic part (checked above), so the input's semantic id must equal it.
    const semantic = semanticIdOf(scenario.input as unknown as Parameters<typeof semanticIdOf>[0])
    if (semantic !== key) {
      const expected = inputId(functionId, scenario.input)
      throw mismatch(
        fileName,
        key,
        scenario.id,
        `id is "${scenario.id}" but its input hashes to "${expected}" (the input was edited, or the file comes from another canonical-form version)`,
        'Restore the input from version control, or record the scenario again and deprecate this one.',
      )
    }
  }
}

export function mismatch(fileName: string | undefined, key: string, scenarioId: string, text: string, hint: string): ShadowtestError {
  return new ShadowtestError(
    'VALIDATION:ID_MISMATCH',
    `${fileName ?? 'baseline file'}: scenarios.${key}: ${text}. ${hint} Nothing was written.`,
    { ...(fileName === undefined ? {} : { file: fileName }), scenarioId, path: `$.scenarios.${key}.id` },
  )
}

/** The id a scenario with this stored (encoded, redacted) input must carry. */
export function inputId(functionId: string, input: Scenario['input']): string {
  return scenarioIdFromEncoded(functionId, input as unknown as EncodedInput)
}
