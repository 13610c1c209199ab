import {
  approveScenarios,
  comparePolicySnapshot,
  formatValue,
  ShadowtestError,
  transition,
  type ApproveTarget,
  type Change,
  type FunctionRef,
  type Outcome,
  type Scenario,
  type ScenarioChange,
} from '@shadowtest/core'
import type { CliContext } from '../context.js'
import type { Register } from '../index.js'
import { actor, findScenario, openWorkspace, readAllFiles, relativePath, type LoadedFile, type Workspace } from './baseline-workspace.js'
import { renderOutcomeDiff } from './outcome-diff.js'

interface ApproveOptions {
  function?: unknown
  all?: unknown
  reason?: unknown
  by?: unknown
  json?: unknown
  dryRun?: unknown
}

/** The behaviour an approval promotes: a scenario never approved before, or approved → proposed outcome. */
type Promoted =
  | { kind: 'new'; outcome: Outcome }
  | { kind: 'changed'; from: Outcome; to: Outcome; changes: Change[]; diff: string }

interface Approved extends ScenarioChange {
  file: string
  /** Version before the decision: an approved change moves it up by one. */
  fromVersion: number
  change: Promoted
}

interface Before {
  version: number
  file: string
  scenario: Scenario
}

async function targetOf(ws: Workspace, ctx: CliContext, ids: string[], options: ApproveOptions): Promise<ApproveTarget> {
  const modes = [ids.length > 0, options.function !== undefined, options.all === true].filter(Boolean).length
  if (modes !== 1) {
    throw new ShadowtestError(
      'CLI:USAGE',
      'Say what to approve: scenario ids (`shadowtest approve pricing.quote:9f2c41d07a1b`), `--function <id>`, or `--all`; exactly one of them.',
    )
  }
  if (ids.length > 0) return { ids: [...new Set(ids)] }
  if (options.all === true) return { all: true }
  const functionId = options.function
  if (typeof functionId !== 'string' || functionId === '') {
    throw new ShadowtestError('CLI:INVALID_OPTION', '--function needs a function id, e.g. --function pricing.quote.')
  }
  const known = await ws.store.list()
  if (!known.some((ref) => ref.functionId === functionId)) {
    throw new ShadowtestError(
      'GOVERNANCE:FUNCTION_NOT_FOUND',
      `No baseline file for function "${functionId}" under ${relativePath(ws.config.baselineDir, ctx.cwd)}. Run \`shadowtest baseline list\` to see the recorded functions.`,
      { details: { functionId } },
    )
  }
  return { functionId }
}

async function approve(ctx: CliContext, ids: string[], options: ApproveOptions): Promise<number> {
  const reason = options.reason
  if (reason !== undefined && (typeof reason !== 'string' || reason === '')) {
    throw new ShadowtestError('CLI:INVALID_OPTION', '--reason needs a text, e.g. --reason "rounding is half-even now".')
  }
  const ws = await openWorkspace(ctx)
  const target = await targetOf(ws, ctx, ids, options)
  const dryRun = options.dryRun === true
  // The scenarios as they are before the decision: versions, files, and the outcomes the
  // approval promotes (shown as the gate's diff, so a reviewer sees what they accept).
  const before = new Map<string, Before>()
  const files = await readAllFiles(ws)
  for (const { path, file } of files) {
    for (const s of Object.values(file.scenarios)) before.set(s.id, { version: s.version, file: relativePath(path, ctx.cwd), scenario: s })
  }
  if ('ids' in target) {
    // Resolve every id first so an unknown one is reported with the file it was looked for in.
    for (const id of target.ids) await findScenario(ws, id)
  }
  const decision = {
    by: actor(ctx, options.by, ws.config.governance.actor),
    reason: reason as string | undefined,
    policy: ws.config.governance.policy,
  }

  // approveScenarios checks every transition before it writes any file: all or nothing. A dry
  // run plans the same decisions and checks them the same way, and writes nothing.
  const changes = dryRun ? planApproval(files, target, decision) : await approveScenarios(ws.store, target, decision)
  const approved: Approved[] = changes.map((c) => {
    const prior = before.get(c.id)
    return {
      ...c,
      file: prior?.file ?? '',
      fromVersion: prior?.version ?? c.version,
      change: promoted(prior?.scenario, c, ws, ctx.color),
    }
  })
  const untouched = 'ids' in target ? target.ids.filter((id) => !changes.some((c) => c.id === id)) : []
  const restamped = await restampPolicy(ws, ctx, target, files, !dryRun)

  if (options.json === true) {
    ctx.out(JSON.stringify({ dryRun, approved: approved.map(jsonOf), unchanged: untouched, policyRestamped: restamped }, null, 2))
    return 0
  }
  if (dryRun) ctx.out(ctx.paint('bold', 'Dry run: this is what `shadowtest approve` would promote; nothing is written.\n'))
  const mark = dryRun ? ctx.paint('yellow', '○') : ctx.paint('green', '✓')
  for (const a of approved) {
    const version = a.fromVersion === a.version ? `v${a.version}` : `v${a.fromVersion} → v${a.version}`
    const what = a.action === 'approve-change' ? 'change approved' : 'approved'
    ctx.out(`${mark} ${a.id}  ${a.label}  ${a.from} → ${a.to}  ${version}  ${ctx.paint('dim', `(${dryRun ? `would be ${what}` : what})`)}`)
    for (const line of changeLines(a.change, ctx)) ctx.out(`    ${line}`)
  }
  for (const id of untouched) ctx.out(`${ctx.paint('dim', '·')} ${id}  already approved, no change waiting: nothing to do`)
  for (const r of restamped) {
    const note = dryRun ? '(POLICY_DRIFT: would be approved under the current diff config)' : '(POLICY_DRIFT resolved: approved under the current diff config)'
    ctx.out(`${mark} ${r.function}  diff policy ${r.from} → ${r.to}  ${ctx.paint('dim', note)}`)
  }
  if (approved.length === 0 && restamped.length === 0) {
    ctx.out('Nothing to approve: no pending scenarios and no proposed changes.')
  } else if (approved.length > 0) {
    const files = [...new Set(approved.map((a) => a.file))].join(', ')
    const count = `${approved.length} scenario${approved.length === 1 ? '' : 's'}`
    const why = reason === undefined ? '' : ` (reason: ${String(reason)})`
    ctx.out(dryRun ? `\nDry run: would approve ${count} in ${files}${why}; nothing was written.` : `\nApproved ${count} in ${files}${why}.`)
  }
  return 0
}

/** What approving means for a scenario (as core's approveScenarios decides it). */
function approveActionFor(scenario: Scenario): 'approve' | 'approve-change' | undefined {
  if (scenario.proposed !== undefined && scenario.status === 'approved') return 'approve-change'
  if (scenario.status === 'pending') return 'approve'
  return undefined
}

/**
 * The decisions `approveScenarios` would take on these files, each checked by core's
 * `transition` under the configured governance policy (a rejection throws, as the real run does).
 */
function planApproval(files: LoadedFile[], target: ApproveTarget, decision: Parameters<typeof approveScenarios>[2]): ScenarioChange[] {
  const planned: ScenarioChange[] = []
  const wanted = 'ids' in target ? new Set(target.ids) : undefined
  for (const { file } of files) {
    if ('functionId' in target && file.function.id !== target.functionId) continue
    const scenarios = Object.values(file.scenarios).sort((a, b) => a.seq - b.seq)
    for (const scenario of scenarios) {
      if (wanted !== undefined && !wanted.has(scenario.id)) continue
      // A named deprecated scenario goes through `approve` so the policy rejects it with its reason.
      const action = wanted !== undefined && scenario.status === 'deprecated' ? 'approve' : approveActionFor(scenario)
      if (action === undefined) continue
      const after = transition(scenario, action, decision)
      planned.push({ id: scenario.id, functionId: file.function.id, label: after.label, action, from: scenario.status, to: after.status, version: after.version })
    }
  }
  return planned
}

function promoted(prior: Scenario | undefined, change: ScenarioChange, ws: Workspace, color: boolean): Promoted {
  if (change.action === 'approve-change' && prior?.proposed !== undefined) {
    const rendered = renderOutcomeDiff(prior.outcome, prior.proposed.outcome, ws.config.diff, prior.noise ?? [], color)
    return { kind: 'changed', from: prior.outcome, to: prior.proposed.outcome, changes: rendered.changes, diff: rendered.text }
  }
  return { kind: 'new', outcome: prior?.outcome ?? { kind: 'return', value: { $st: 'undefined' } } }
}

function changeLines(change: Promoted, ctx: CliContext): string[] {
  if (change.kind === 'changed') return change.diff.split('\n')
  const { outcome } = change
  const value = outcome.kind === 'return' ? `returns ${formatValue(outcome.value)}` : `throws ${formatValue(outcome.error)}`
  const flat = value.replace(/\s*\n\s*/g, ' ')
  return [`${ctx.paint('green', 'new')}  ${flat.length > 160 ? `${flat.slice(0, 159)}…` : flat}`]
}

/** The JSON form: the diff without colour codes, whatever the terminal. */
function jsonOf(a: Approved): Approved {
  return a.change.kind === 'changed' ? { ...a, change: { ...a.change, diff: a.change.diff.replace(/\x1b\[[0-9;]*m/g, '') } } : a
}

interface Restamp {
  function: string
  file: string
  from: string
  to: string
}

/**
 * Approving a function under a changed `diff` config is how a team accepts that change
 * (docs/diff-policy.md): the files in the target record the current policy snapshot, which
 * ends their POLICY_DRIFT / older-semantics advisory. A file written by a newer engine is
 * never downgraded.
 */
async function restampPolicy(ws: Workspace, ctx: CliContext, target: ApproveTarget, files: LoadedFile[], write: boolean): Promise<Restamp[]> {
  const inTarget = (fn: FunctionRef): boolean =>
    'all' in target ? true : 'functionId' in target ? fn.id === target.functionId : target.ids.some((id) => id.startsWith(`${fn.id}:`))
  const restamped: Restamp[] = []
  for (const { path, file } of files) {
    if (!inTarget(file.function)) continue
    const status = comparePolicySnapshot(file.policy, ws.policy).status
    if (status !== 'drift' && status !== 'older-semantics') continue
    if (write) await ws.store.update(file.function, (current) => (current === undefined ? undefined : { ...current, policy: { ...ws.policy } }))
    restamped.push({ function: file.function.id, file: relativePath(path, ctx.cwd), from: file.policy.hash, to: ws.policy.hash })
  }
  return restamped
}

export const registerApprove: Register = (cli, ctx, run) => {
  cli
    .command('approve [...ids]', 'Approve pending scenarios and proposed changes (recorded in each scenario history)')
    .option('--function <id>', 'every pending scenario and proposed change of this function (e.g. pricing.quote)')
    .option('--all', 'every pending scenario and proposed change in the project')
    .option('--reason <text>', 'why, stored in the history of every scenario approved')
    .option('--by <name>', 'who approves (default: $SHADOWTEST_USER, config governance.actor, the OS user)')
    .option('--json', 'print what was approved, with each behaviour change, as JSON on stdout (logs go to stderr)')
    .option('--dry-run', 'print what would be approved, with each behaviour change, and write nothing')
    .example('shadowtest approve pricing.quote:9f2c41d07a1b --reason "half-even rounding is intended"')
    .example('shadowtest approve --function pricing.quote')
    .example('shadowtest approve --all --dry-run')
    .action((ids: string[], options: ApproveOptions) => run(() => approve(ctx, ids, options)))
}
