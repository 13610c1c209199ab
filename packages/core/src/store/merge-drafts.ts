import { ShadowtestError } from '../errors.js'
import { transition } from '../governance/transition.js'
import type { GovernancePolicy, ResolvedGovernancePolicy } from '../governance/governance-policy.js'
import { stringifySorted } from '../model/index.js'
import { inputId } from '../model/scenario-ids.js'
import type { BaselineFile, Dependency, FunctionRef, HistoryEntry, Outcome, Proposal, Scenario, ScenarioDraft } from '../model/index.js'
import type { BaselineStore, UpsertOptions, UpsertResult } from './baseline-store.js'

export interface MergeContext {
  engineVersion: string
  policy: BaselineFile['policy']
  governance?: GovernancePolicy | ResolvedGovernancePolicy | undefined
}

const SEMANTIC_ID = /^[0-9a-f]{12}$/

/** A new, empty baseline file for a function. */
export function emptyBaselineFile(fn: FunctionRef, context: MergeContext): BaselineFile {
  const ref: FunctionRef = { id: fn.id }
  if (fn.module !== undefined) ref.module = fn.module
  if (fn.exportName !== undefined) ref.exportName = fn.exportName
  return { schemaVersion: 2, function: ref, engineVersion: context.engineVersion, policy: { ...context.policy }, scenarios: {} }
}

/** Rejects drafts that do not belong to the function, before anything is locked or written. */
export function checkDrafts(fn: FunctionRef, drafts: readonly ScenarioDraft[]): void {
  for (const draft of drafts) {
    const split = draft.id.lastIndexOf(':')
    const functionId = draft.id.slice(0, split)
    const semanticId = draft.id.slice(split + 1)
    if (split < 0 || functionId !== fn.id || !SEMANTIC_ID.test(semanticId)) {
      throw new ShadowtestError(
        'VALIDATION:ID_MISMATCH',
        `scenario id "${draft.id}" does not belong to function "${fn.id}" (expected "${fn.id}:<12 hex chars>"). Nothing was written.`,
        { scenarioId: draft.id, details: { functionId: fn.id } },
      )
    }
    const expected = inputId(fn.id, draft.input)
    if (expected !== draft.id) {
      throw new ShadowtestError(
        'VALIDATION:ID_MISMATCH',
        `scenario id "${draft.id}" is not the id of its input ("${expected}"): ids are scenarioIdFromEncoded(function id, encoded and redacted input). Nothing was written.`,
        { scenarioId: draft.id, details: { expected } },
      )
    }
  }
}

const sameOutcome = (a: Outcome, b: Outcome): boolean => stringifySorted(a, 0) === stringifySorted(b, 0)

/**
 * A dependency as replay relies on it. Clock reads are wall-clock times that differ on every
 * recording; replay serves them in order, so only how many there are matters here (otherwise
 * every recording of a clock-reading function would rewrite its baseline).
 */
function dependencyKey(dependency: Dependency): string {
  return dependency.kind === 'clock' ? `clock:${dependency.reads.length}` : stringifySorted(dependency, 0)
}

/**
 * The recorded dependencies that the stored ones do not have (a changed URL, a changed
 * repository answer, a new call), described for the history; empty when replay would be served
 * the same.
 */
function changedDependencies(stored: readonly Dependency[], recorded: readonly Dependency[]): string[] | undefined {
  const before = stored.map(dependencyKey).sort()
  const after = recorded.map(dependencyKey).sort()
  if (before.length === after.length && before.every((key, i) => key === after[i])) return undefined
  const known = new Set(before)
  const described = recorded.filter((d) => !known.has(dependencyKey(d))).map(describeDependency)
  const dropped = stored.length - recorded.filter((d) => known.has(dependencyKey(d))).length
  if (dropped > 0 && described.length === 0) described.push(`${dropped} no longer made`)
  return described
}

function describeDependency(dependency: Dependency): string {
  if (dependency.kind === 'http') return `http ${dependency.request.method} ${dependency.request.url}`
  if (dependency.kind === 'call') return `call ${dependency.functionId}`
  return `clock (${dependency.reads.length} reads)`
}

/**
 * The scenario with the dependencies of a new recording of the same outcome: status, outcome and
 * version stay (the behaviour did not change); the history says what was refreshed, so the
 * change stays auditable. Without this, the gate keeps failing with
 * REPLAY:UNRECORDED_DEPENDENCY after a URL or a dependency's answer changed.
 */
function refreshDependencies(scenario: Scenario, draft: ScenarioDraft, changed: string[], at: string, by: string, sameRun = false): Scenario {
  const refreshed = structuredClone(scenario)
  refreshed.dependencies = structuredClone(draft.dependencies)
  refreshed.capturedAt = draft.capturedAt
  refreshed.source = structuredClone(draft.source)
  if (draft.durationMs !== undefined) refreshed.durationMs = draft.durationMs
  const what = changed.length === 0 ? '' : ` (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? `, +${changed.length - 3} more` : ''})`
  const detail = `recorded again with the same outcome and different dependencies${what}`
  // A dependency answering differently on every run (a timestamp in a response) refreshes the
  // scenario on every record: consecutive refreshes share one entry (first time kept, a count
  // and the last time in the reason) instead of growing the history by one entry per run.
  const last = refreshed.history.at(-1)
  const previous = last === undefined ? undefined : refreshCount(last, refreshed)
  if (last !== undefined && previous !== undefined) {
    const count = sameRun ? previous : previous + 1
    const times = count === 1 ? '' : ` ${count} times in a row, last at ${at}`
    refreshed.history[refreshed.history.length - 1] = recordedAgain(refreshed, last.at, by, `dependencies refreshed${times}: ${detail}`)
  } else {
    refreshed.history.push(recordedAgain(refreshed, at, by, `dependencies refreshed: ${detail}`))
  }
  return refreshed
}

const REFRESH_REASON = /^dependencies refreshed(?: (\d+) times in a row, last at \S+)?: /

/** How many refreshes `entry` stands for, when it is the record entry of a dependency refresh of `scenario` as it is now. */
function refreshCount(entry: HistoryEntry, scenario: Scenario): number | undefined {
  if (entry.action !== 'record' || entry.from !== scenario.status || entry.to !== scenario.status || entry.version !== scenario.version) return undefined
  const match = REFRESH_REASON.exec(entry.reason ?? '')
  if (!match) return undefined
  return match[1] === undefined ? 1 : Number(match[1])
}

function defaultLabel(fn: FunctionRef, draft: ScenarioDraft): string {
  const name = fn.exportName ?? fn.id.split(/[.#/]/).pop() ?? fn.id
  const args = JSON.stringify(draft.input.args).slice(1, -1)
  return `${name}(${args.length > 60 ? `${args.slice(0, 59)}…` : args})`
}

function recordingOf(draft: ScenarioDraft): Proposal {
  const recording: Proposal = {
    outcome: draft.outcome,
    dependencies: draft.dependencies,
    capturedAt: draft.capturedAt,
    source: draft.source,
  }
  if (draft.durationMs !== undefined) recording.durationMs = draft.durationMs
  return recording
}

/**
 * Folds recorded drafts into a baseline file: pure, so the store can run it under its lock and
 * tests can run it without a disk. Returns `next: undefined` when nothing changed.
 */
export function mergeDrafts(
  current: BaselineFile | undefined,
  fn: FunctionRef,
  drafts: readonly ScenarioDraft[],
  options: UpsertOptions,
  context: MergeContext,
): { next: BaselineFile | undefined; result: Omit<UpsertResult, 'file'> } {
  const result: Omit<UpsertResult, 'file'> = { functionId: fn.id, added: [], unchanged: [], proposed: [], updated: [], rerecorded: [], withdrawn: [], refreshed: [] }
  // Copy-on-write: untouched scenarios are shared with `current` (never mutated here); every
  // changed one is a new object. Cloning a 1000-scenario file per recording costs more than the write.
  const next: BaselineFile = current
    ? { ...current, function: { ...current.function }, policy: { ...current.policy }, scenarios: { ...current.scenarios } }
    : emptyBaselineFile(fn, context)
  const at = options.at ?? new Date().toISOString()
  let seq = Object.values(next.scenarios).reduce((max, s) => Math.max(max, s.seq), 0)
  let changed = current === undefined && drafts.length > 0
  for (const raw of drafts) {
    const draft: ScenarioDraft = options.source ? { ...raw, source: options.source } : raw
    const key = draft.id.slice(draft.id.lastIndexOf(':') + 1)
    const existing = next.scenarios[key]
    if (!existing) {
      seq += 1
      const scenario: Scenario = {
        id: draft.id,
        status: 'pending',
        version: 1,
        seq,
        label: draft.label ?? defaultLabel(fn, draft),
        input: structuredClone(draft.input),
        outcome: structuredClone(draft.outcome),
        dependencies: structuredClone(draft.dependencies),
        capturedAt: draft.capturedAt,
        source: structuredClone(draft.source),
        history: [{ action: 'record', from: null, to: 'pending', at, by: options.by, version: 1 }],
      }
      if (draft.durationMs !== undefined) scenario.durationMs = draft.durationMs
      next.scenarios[key] = scenario
      result.added.push(draft.id)
      changed = true
      continue
    }
    const governance = { by: options.by, at, policy: context.governance, recording: structuredClone(recordingOf(draft)) }
    if (existing.status === 'deprecated') {
      next.scenarios[key] = transition(existing, 'rerecord', { ...governance, reason: 'recorded again after deprecation' })
      result.rerecorded.push(draft.id)
      changed = true
      continue
    }
    const matchesOutcome = sameOutcome(existing.outcome, draft.outcome)
    const staleDependencies = matchesOutcome ? changedDependencies(existing.dependencies, draft.dependencies) : undefined
    if (matchesOutcome && existing.proposed) {
      const withdrawn = structuredClone(existing)
      delete withdrawn.proposed
      withdrawn.history.push(recordedAgain(withdrawn, at, options.by, 'recorded again with the approved outcome: the proposed change is withdrawn'))
      next.scenarios[key] = staleDependencies ? refreshDependencies(withdrawn, draft, staleDependencies, at, options.by) : withdrawn
      result.withdrawn.push(draft.id)
      if (staleDependencies) result.refreshed.push(draft.id)
      changed = true
    } else if (staleDependencies) {
      // One run that recorded the scenario several times refreshes it once: the last recording
      // wins, and the run counts once.
      const again = result.refreshed.includes(draft.id)
      next.scenarios[key] = refreshDependencies(existing, draft, staleDependencies, at, options.by, again)
      if (!again) result.refreshed.push(draft.id)
      changed = true
    } else if (matchesOutcome || (existing.proposed && sameOutcome(existing.proposed.outcome, draft.outcome))) {
      result.unchanged.push(draft.id)
    } else if (existing.status === 'approved') {
      next.scenarios[key] = transition(existing, 'propose', governance)
      result.proposed.push(draft.id)
      changed = true
    } else {
      // Pending: nobody has approved the old outcome yet, so the newest recording is the candidate.
      const updated = structuredClone(existing)
      Object.assign(updated, { outcome: governance.recording.outcome, dependencies: governance.recording.dependencies })
      updated.capturedAt = draft.capturedAt
      updated.source = governance.recording.source
      if (draft.durationMs !== undefined) updated.durationMs = draft.durationMs
      updated.history.push(recordedAgain(updated, at, options.by, 'recorded again with a different outcome before approval'))
      next.scenarios[key] = updated
      result.updated.push(draft.id)
      changed = true
    }
  }
  return { next: changed ? next : undefined, result }
}

/** The history entry of a recording that changes a scenario without changing its status. */
function recordedAgain(scenario: Scenario, at: string, by: string, reason: string): HistoryEntry {
  return { action: 'record', from: scenario.status, to: scenario.status, at, by, reason, version: scenario.version }
}

/**
 * The upsert every store runs: check the drafts, then fold them in through the store's own
 * `update` (which supplies locking and validation), and report what happened. With
 * `options.dryRun` the same merge and validation run through `update`'s dry run: the plan is
 * the upsert itself, minus the write.
 */
export async function upsertThroughUpdate(
  update: BaselineStore['update'],
  fn: FunctionRef,
  drafts: ScenarioDraft[],
  options: UpsertOptions,
  context: MergeContext,
): Promise<Omit<UpsertResult, 'file'>> {
  checkDrafts(fn, drafts)
  let result: Omit<UpsertResult, 'file'> | undefined
  await update(fn, (current) => {
    const merged = mergeDrafts(current, fn, drafts, options, context)
    result = merged.result
    return merged.next
  }, { dryRun: options.dryRun === true })
  if (!result) throw new Error('unreachable: update did not run mutate')
  return result
}
