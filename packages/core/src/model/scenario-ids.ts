import { ShadowtestError } from '../errors.js'
import type { BaselineFile } from './generated-types.js'

/**
 * A scenario is stored under its semantic id and its id is `<function id>:<semantic id>`; a
 * hand edit or a bad merge can break either link, and replay would then run the wrong input
 * under the wrong name. Reject such files instead.
 */
export function checkScenarioIds(file: BaselineFile, fileName: string | undefined): void {
  const functionId = file.function.id
  for (const [key, scenario] of Object.entries(file.scenarios)) {
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
  }
}

export function mismatch(fileName: string | undefined, key: string, scenarioId: string, text: string, hint: string): ShadowtestError {
  return new ShadowtestError(
    'VALIDATION:ID_MISMATCH',
    `${fileName ?? 'baseline file'}: scenarios.${key}: ${text}. ${hint} Nothing was written.`,
    { ...(fileName === undefined ? {} : { file: fileName }), scenarioId, path: `$.scenarios.${key}.id` },
  )
}
