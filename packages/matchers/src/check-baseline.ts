import {
  comparePolicySnapshot,
  readValidatedBaselineFile,
  isShadowtestError,
  policySnapshot,
  renderDiff,
  resolvePolicy,
  ShadowtestError,
  type BaselineFile,
  type CaptureRecord,
  type DiffPolicyInput,
  type GovernancePolicy,
  type Outcome,
  type ResolvedPolicy,
  type Scenario,
} from '@shadowtest/core'
import { draftFromRecord, getCaptureInfo, prepareReplay, replay, replayPrepared, type CaptureInfo, type ReplayMode, type ReplayPlan, type ReplayResult } from '@shadowtest/plugin/runtime'
import type { BaselineReadReceipt, EmptyCheck, ScenarioResult } from '@shadowtest/plugin/vitest'
import { compareOutcomes, noisePaths } from './compare-outcomes.js'
import type { GateEnvironment } from './gate-environment.js'
import { renderFailureReport, summarizeChanges, type FailureEntry } from './render-report.js'
import { approveChanged, approvePending, recordNoise, replayIssues, type Approver, type ScenarioUpdate, writeUpdates } from './apply-updates.js'
import { identityOf, type ContentIdentity, type ReadText } from './receipt-identity.js'


/** Per-call options of `toMatchBaseline`. */
export interface BaselineMatcherOptions {
  /** How recorded dependencies are matched during replay (default: config `replay.mode`, else 'strict'). */
  mode?: ReplayMode
  /** Diff policy overrides on top of config `diff`, e.g. `{ ignoredFields: ['requestId'] }`. */
  policy?: DiffPolicyInput
  /** Pending scenarios that differ from their recording fail the test (default: config `gate.strict`). */
  strict?: boolean
}

/** What one matcher call concluded. */
export interface CheckOutcome {
  pass: boolean
  message: string
  results: ScenarioResult[]
  /** The baseline file this call read and validated, for the reporter (once per file content and process). */
  read?: BaselineReadReceipt
  /** Set when a whole-function check had nothing to replay and stored nothing: the summary says so. */
  empty?: EmptyCheck
}

/** A replay done before the matcher ran (`scenarios()` → `s.replay(fn)`), reused instead of replaying again. */
export interface PriorReplay {
  scenarioId: string
  result?: ReplayResult
  error?: unknown
}

interface Evaluated {
  result?: ReplayResult
  /** Replay error or failing dependency issue, as text. */
  error?: string
  changed: boolean
  diff: string
  paths: string[]
}

/**
 * Replays the function's scenarios (all non-deprecated ones, or only `only.scenarioId`), diffs
 * each outcome with the approved one and applies the update mode: matched, failed, re-approved
 * (`-u`), or pending.
 */
export async function checkBaseline(
  fn: unknown,
  env: GateEnvironment,
  options: BaselineMatcherOptions = {},
  only?: PriorReplay,
): Promise<CheckOutcome> {
  const info = getCaptureInfo(fn)
  if (!info) {
    throw new ShadowtestError(
      'REPLAY:NOT_CAPTURED',
      `toMatchBaseline() needs a function wrapped with capture(), got ${describe(fn)}. ` +
        'Export it as `export const quote = capture(function quote(…) {…})` and pass that to expect().',
    )
  }
  const { functionId } = info
  const { file, text } = await readBaseline(env, info)
  // Calls the test itself made: new scenarios unless the baseline already has them.
  const captured = only ? [] : (await env.takeCaptures?.(functionId)) ?? []
  const fresh = captured.filter((r) => !file?.scenarios[r.semanticId])
  const candidates = file ? scenariosToCheck(file, only?.scenarioId) : []
  if (candidates.length === 0 && fresh.length === 0) {
    if (only) return missing(functionId, env, only.scenarioId)
    const empty: EmptyCheck = {
      functionId,
      reason: file === undefined ? 'no-baseline' : 'no-live-scenarios',
      file: env.store.fileFor(file?.function ?? functionRefOf(info)),
    }
    return { ...missing(functionId, env, undefined), empty }
  }

  const policy = options.policy === undefined ? env.config.diff : resolvePolicy({ ...policyInputOf(env.config.diff), ...options.policy })
  const replayMode: ReplayMode = options.mode ?? env.config.replay.mode
  const noiseRuns = env.config.gate.noiseRuns
  const strict = options.strict ?? env.strict
  const fnRef = file?.function ?? functionRefOf(fresh[0]!)
  const baselineFile = env.store.fileFor(fnRef)
  const results: ScenarioResult[] = []
  const failures: FailureEntry[] = []
  const updates: ScenarioUpdate[] = []
  const approver = { by: env.by, policy: env.config.governance.policy as GovernancePolicy | undefined }
  const replayOptions: LoopReplay = { mode: replayMode, policy, fn, plan: undefined, error: undefined }

  for (const candidate of candidates) {
    const semanticId = candidate[0]
    const scenario = candidate[1]
    const prior = only && only.scenarioId === scenario.id ? only : undefined
    // Synchronous functions are replayed and judged without a promise per scenario (see replayPrepared).
    let evaluated = evaluate(scenario, replayOptions, prior)
    if (evaluated instanceof Promise) evaluated = await evaluated
    if (scenario.status === 'approved' && !evaluated.changed) {
      // The common case, in one object: `{ ...base, status: 'matched' }` below, key for key.
      results.push({
        scenarioId: scenario.id,
        functionId,
        label: scenario.label,
        changed: false,
        baselineVersion: scenario.version,
        diffSummary: evaluated.error ? firstLine(evaluated.error) : summarizeChanges(evaluated.paths),
        diff: evaluated.error ?? evaluated.diff,
        noise: [],
        file: baselineFile,
        status: 'matched',
      })
      continue
    }
    const base = {
      scenarioId: scenario.id,
      functionId,
      label: scenario.label,
      changed: evaluated.changed,
      baselineVersion: scenario.version,
      diffSummary: evaluated.error ? firstLine(evaluated.error) : summarizeChanges(evaluated.paths),
      diff: evaluated.error ?? evaluated.diff,
      noise: [] as string[],
      file: baselineFile,
    }
    const replayed = evaluated.result
    const approvable = env.mode === 'all' && replayed !== undefined && evaluated.error === undefined
    if (scenario.status === 'approved' && approvable) {
      const noise = await detectNoise(fn, scenario, replayMode, policy, replayed.outcome, noiseRuns)
      updates.push(approveChanged(semanticId, scenario, replayed, noise, approver))
      results.push({ ...base, status: 'updated', baselineVersion: scenario.version + 1, noise })
    } else if (scenario.status === 'approved') {
      const result: ScenarioResult = { ...base, status: 'failed' }
      results.push(result)
      failures.push({ result, body: base.diff })
    } else if (approvable) {
      const noise = await detectNoise(fn, scenario, replayMode, policy, replayed.outcome, noiseRuns)
      updates.push(approvePending(semanticId, scenario, evaluated.changed ? replayed : undefined, noise, approver))
      results.push({ ...base, status: 'new', baselineVersion: evaluated.changed ? scenario.version + 1 : scenario.version, noise })
    } else {
      const result: ScenarioResult = { ...base, status: 'pending' }
      results.push(result)
      if (strict && evaluated.changed) failures.push({ result, body: base.diff })
    }
  }

  // A whole-function `-u` run that ends green under the config's policy re-approves the file under it.
  const current = policySnapshot(env.config.diff)
  const restamp =
    env.mode === 'all' && !only && options.policy === undefined && failures.length === 0 && file !== undefined &&
    comparePolicySnapshot(file.policy, current).status !== 'same'
  if ((updates.length > 0 || restamp) && env.mode !== 'none') await writeUpdates(env.store, fnRef, updates, restamp ? current : undefined)

  if (fresh.length > 0 && env.mode === 'none') {
    for (const record of fresh) {
      const result: ScenarioResult = {
        scenarioId: `${functionId}:${record.semanticId}`,
        functionId,
        label: record.label ?? callLabel(functionId, record),
        status: 'failed',
        changed: true,
        baselineVersion: 0,
        diffSummary: 'no baseline for this call',
        diff: 'no baseline for this call: the test called the function with these inputs, and nothing may be written here. Run the test locally (stores it as pending, -u approves it) and commit the baseline.',
        noise: [],
        file: baselineFile,
      }
      results.push(result)
      failures.push({ result, body: result.diff })
    }
  } else if (fresh.length > 0) {
    results.push(...(await storeNew(fn, env, fnRef, fresh, replayMode, policy, noiseRuns, approver, baselineFile)))
  }
  const pass = failures.length === 0
  const read = file && text ? receiptFor(file, text, candidates) : undefined
  return {
    pass,
    results,
    ...(read ? { read } : {}),
    message: pass ? passMessage(functionId, results) : renderFailureReport(functionId, candidates.length + fresh.length, failures, env.mode, env.runner),
  }
}

/** New calls from the test: stored as pending ('new'), or approved after the noise check ('all'). */
async function storeNew(
  fn: unknown,
  env: GateEnvironment,
  fnRef: BaselineFile['function'],
  records: CaptureRecord[],
  mode: ReplayMode,
  policy: ResolvedPolicy,
  noiseRuns: number,
  approver: Approver,
  baselineFile: string,
): Promise<ScenarioResult[]> {
  const source = { kind: env.runner } as const
  await env.store.upsertScenarios(fnRef, records.map((r) => ({ ...draftFromRecord(r), source })), { by: `${env.runner} (test run)` })
  const stored = await env.store.read(fnRef.id)
  const updates: ScenarioUpdate[] = []
  const results: ScenarioResult[] = []
  for (const record of records) {
    const scenario = stored?.scenarios[record.semanticId]
    if (!scenario) continue
    // Noise is looked for whenever a scenario is added, so a pending one is already stable when approved later.
    const noise = scenario.status === 'pending' ? await detectNoise(fn, scenario, mode, policy, scenario.outcome, noiseRuns) : []
    if (env.mode === 'all' && scenario.status === 'pending') {
      updates.push(approvePending(record.semanticId, scenario, undefined, noise, approver))
    } else if (noise.length > 0) {
      updates.push(recordNoise(record.semanticId, scenario, noise))
    }
    results.push({
      scenarioId: scenario.id,
      functionId: fnRef.id,
      label: scenario.label,
      status: 'new',
      changed: false,
      baselineVersion: scenario.version,
      diffSummary: env.mode === 'all' ? 'new scenario, approved' : 'new scenario, stored as pending',
      diff: '',
      noise,
      file: baselineFile,
    })
  }
  if (updates.length > 0) await writeUpdates(env.store, fnRef, updates)
  return results
}

function callLabel(functionId: string, record: CaptureRecord): string {
  const args = JSON.stringify(record.input.args).slice(1, -1)
  return `${functionId}(${args.length > 80 ? `${args.slice(0, 79)}…` : args})`
}

function functionRefOf(record: { functionId: string; module?: string | undefined; exportName?: string | undefined }): BaselineFile['function'] {
  return {
    id: record.functionId,
    ...(record.module === undefined ? {} : { module: record.module }),
    ...(record.exportName === undefined ? {} : { exportName: record.exportName }),
  }
}

/**
 * The function's baseline file. Tries the path the store would write it to first: a cold
 * `store.read(id)` parses every baseline file to find the id, once per worker. `text` is set
 * when the file came from that path (what the reporter's receipt describes).
 */
async function readBaseline(env: GateEnvironment, info: CaptureInfo): Promise<{ file: BaselineFile | undefined; text?: ReadText }> {
  const ref = {
    id: info.functionId,
    ...(info.module === undefined ? {} : { module: info.module }),
    ...(info.exportName === undefined ? {} : { exportName: info.exportName }),
  }
  const path = env.store.fileFor(ref)
  // Parsed and validated once per worker while the file is unchanged (a one-test-per-scenario
  // suite calls this once per scenario); writes through the store drop the cached copy.
  const read = await readValidatedBaselineFile(path)
  if (read === undefined) return { file: await env.store.read(info.functionId) }
  return read.file.function.id === info.functionId ? { file: read.file, text: read } : { file: await env.store.read(info.functionId) }
}

/** File contents this process already described to the reporter: one receipt per content is enough. */
const receipted = new Set<string>()

/**
 * What the reporter needs from a file this call read and validated: which content it was (its
 * settled stat key, else its digest: see `identityOf`; the reporter trusts the receipt only for
 * that content), the count of live scenarios and the approved ones this call did not replay.
 * Later calls that read the same content send none: their results already tell the reporter
 * which scenarios were replayed.
 */
function receiptFor(file: BaselineFile, text: ReadText, replayed: Array<[string, Scenario]>): BaselineReadReceipt | undefined {
  const identity = digestOf(text)
  const key = `${text.path}\0${identity.stamp ?? identity.digest}`
  if (receipted.has(key)) return undefined
  receipted.add(key)
  const replayedIds = new Set(replayed.map(([, s]) => s.id))
  let counted = 0
  const unreplayed: BaselineReadReceipt['unreplayed'] = []
  for (const scenario of Object.values(file.scenarios)) {
    if (scenario.status !== 'deprecated') counted++
    if (scenario.status === 'approved' && !replayedIds.has(scenario.id)) {
      unreplayed.push({ scenarioId: scenario.id, functionId: file.function.id, label: scenario.label, status: scenario.status, version: scenario.version })
    }
  }
  return { file: text.path, ...identity, function: { ...file.function }, counted, unreplayed }
}

/** The content's identity for the receipt, once per read: a stat (a settled file) or a sha256 of the bytes. */
function digestOf(text: ReadText): ContentIdentity {
  return identityOf(text)
}

/** Each file's live scenarios by scenario id, built on the first one-scenario check of that file. */
const byScenarioId = new WeakMap<BaselineFile, Map<string, [string, Scenario]>>()

function scenariosToCheck(file: BaselineFile, scenarioId: string | undefined): Array<[string, Scenario]> {
  if (scenarioId !== undefined) {
    // One scenario per call (`toMatchBaseline(s)`): a lookup, not a walk over the whole file.
    let index = byScenarioId.get(file)
    if (index === undefined) {
      index = new Map()
      for (const entry of Object.entries(file.scenarios)) if (entry[1].status !== 'deprecated') index.set(entry[1].id, entry)
      byScenarioId.set(file, index)
    }
    const entry = index.get(scenarioId)
    return entry === undefined ? [] : [entry]
  }
  // Indexing, not destructuring: until the JIT has warmed up (a gate run is one cold pass over
  // thousands of scenarios), `([, s]) =>` goes through the array iterator on every call.
  return Object.entries(file.scenarios)
    .filter((entry) => entry[1].status !== 'deprecated' && (scenarioId === undefined || entry[1].id === scenarioId))
    .sort((a, b) => a[1].seq - b[1].seq)
}

/**
 * The loop's replay options, and what `prepareReplay` works out from them once per call (the
 * settings, the redactor with the SHADOWTEST_SECRET of this call, the resolved policy), or the
 * error it threw, which each scenario then reports as `replayEagerly` would.
 */
interface LoopReplay {
  mode: ReplayMode
  policy: ResolvedPolicy
  fn: unknown
  plan: ReplayPlan | undefined
  error: { thrown: unknown } | undefined
}

function evaluate(scenario: Scenario, options: LoopReplay, prior: PriorReplay | undefined): Evaluated | Promise<Evaluated> {
  let replayed: ReplayResult | Promise<ReplayResult>
  try {
    if (prior?.error !== undefined) throw prior.error
    if (prior?.result !== undefined) replayed = prior.result
    else {
      if (options.error !== undefined) throw options.error.thrown
      if (options.plan === undefined) {
        try {
          options.plan = prepareReplay(options.fn as never, { mode: options.mode, policy: options.policy }, scenario)
        } catch (error) {
          options.error = { thrown: error }
          throw error
        }
      }
      replayed = replayPrepared(options.plan, scenario)
    }
  } catch (error) {
    return replayFailed(error)
  }
  if (replayed instanceof Promise) return replayed.then((result) => judge(scenario, result, options.mode, options.policy), replayFailed)
  return judge(scenario, replayed, options.mode, options.policy)
}

function replayFailed(error: unknown): Evaluated {
  return { error: errorText(error), changed: true, diff: '', paths: [] }
}

function judge(scenario: Scenario, result: ReplayResult, mode: ReplayMode, policy: ResolvedPolicy): Evaluated {
  const failing = result.issues.length === 0 ? [] : replayIssues(result, mode)
  if (failing.length > 0) return { result, error: failing.join('\n'), changed: true, diff: '', paths: [] }
  const diff = compareOutcomes(scenario.outcome, result.outcome, policy, scenario.noise ?? [])
  if (diff.equal) return { result, changed: false, diff: '', paths: [] }
  return { result, changed: true, diff: renderDiff(diff, { color: false }), paths: diff.changes.map((c) => c.path) }
}

/**
 * Replays again on the same code (config `gate.noiseRuns` replays in all, 2 by default): what
 * differs between replays of unchanged code is noise, not behaviour.
 */
async function detectNoise(fn: unknown, scenario: Scenario, mode: ReplayMode, policy: ResolvedPolicy, first: Outcome, runs: number): Promise<string[]> {
  const found = new Set<string>()
  for (let run = 1; run < runs; run++) {
    try {
      const again = await replay(fn as never, scenario, { mode, policy })
      for (const path of noisePaths(first, again.outcome, policy)) found.add(path)
    } catch {
      // A replay that fails now fails the next gate run with its message; it is not noise.
    }
  }
  const known = new Set(scenario.noise ?? [])
  return [...found].filter((p) => !known.has(p)).sort()
}

/** The resolved policy back as input, so per-call overrides merge over the config's policy. */
function policyInputOf(policy: ResolvedPolicy): DiffPolicyInput {
  return {
    id: policy.id,
    ignoredFields: [...policy.ignoredFields],
    ignoredPaths: [...policy.ignoredPaths],
    floatTolerance: { ...policy.floatTolerance },
    sortLists: policy.sortLists === 'none' || policy.sortLists === 'all' ? policy.sortLists : [...policy.sortLists],
    maskTimestamps: policy.maskTimestamps,
    maskUuids: policy.maskUuids,
    rules: policy.rules.map((r) => ({ ...r })) as DiffPolicyInput['rules'] & object,
  }
}

function missing(functionId: string, env: GateEnvironment, scenarioId: string | undefined): CheckOutcome {
  if (scenarioId !== undefined) {
    return {
      pass: false,
      results: [],
      message: `Scenario ${scenarioId} is not in the baseline of ${functionId} (deleted or deprecated). Regenerate the tests with \`shadowtest generate\`.`,
    }
  }
  if (env.mode === 'none') {
    return {
      pass: false,
      results: [],
      message:
        `No baseline for ${functionId}, and nothing may be written (update mode "none", e.g. CI=true). ` +
        'Record scenarios with `shadowtest record -- <command>`, approve them, and commit the __baselines__ folder.',
    }
  }
  return {
    pass: true,
    results: [],
    message: `No scenarios recorded for ${functionId} yet: this check replayed nothing (the Shadowtest summary lists it).`,
  }
}

function passMessage(functionId: string, results: ScenarioResult[]): string {
  return `expected ${functionId} not to match its baseline (${results.length} scenarios replayed)`
}

function errorText(error: unknown): string {
  if (isShadowtestError(error)) return error.message
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}

const firstLine = (text: string) => text.split('\n', 1)[0] ?? ''

function describe(value: unknown): string {
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'} (not captured)`
  if (value === null) return 'null'
  return typeof value
}
