export { canonicalize } from './canonicalize.js'
export { semanticIdOf, SEMANTICS_VERSION, SEMANTIC_ID_LENGTH } from './semantic-id.js'
export { scenarioId, scenarioIdFromEncoded, parseScenarioId } from './scenario-id.js'
export type { RawScenarioInput, ScenarioIdOptions } from './scenario-id.js'
