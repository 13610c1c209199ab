import { approveScenarios, comparePolicySnapshot, ShadowtestError, type ApproveTarget, type FunctionRef, type ScenarioChange } from '@shadowtest/core'
import type { CliContext } from '../context.js'
import type { Register } from '../index.js'
import { actor, findScenario, openWorkspace, readAllFiles, relativePath, type LoadedFile, type Workspace } from './baseline-workspace.js'

interface ApproveOptions {
  function?: unknown
  all?: unknown
  reason?: unknown
  by?: unknown
  json?: unknown
}

interface Approved extends ScenarioChange {
  file: string
  /** Version before the decision: an approved change moves it up by one. */
  fromVersion: number
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
  // Versions and files before the decision, for the "v1 → v2" and file columns.
  const before = new Map<string, { version: number; file: string }>()
  const files = await readAllFiles(ws)
  for (const { path, file } of files) {
    for (const s of Object.values(file.scenarios)) before.set(s.id, { version: s.version, file: relativePath(path, ctx.cwd) })
  }
  if ('ids' in target) {
    // Resolve every id first so an unknown one is reported with the file it was looked for in.
    for (const id of target.ids) await findScenario(ws, id)
  }

  // approveScenarios checks every transition before it writes any file: all or nothing.
  const changes = await approveScenarios(ws.store, target, {
    by: actor(ctx, options.by, ws.config.governance.actor),
    reason: reason as string | undefined,
    policy: ws.config.governance.policy,
  })
  const approved: Approved[] = changes.map((c) => ({
    ...c,
    file: before.get(c.id)?.file ?? '',
    fromVersion: before.get(c.id)?.version ?? c.version,
  }))
  const untouched = 'ids' in target ? target.ids.filter((id) => !changes.some((c) => c.id === id)) : []
  const restamped = await restampPolicy(ws, ctx, target, files)

  if (options.json === true) {
    ctx.out(JSON.stringify({ approved, unchanged: untouched, policyRestamped: restamped }, null, 2))
    return 0
  }
  for (const a of approved) {
    const version = a.fromVersion === a.version ? `v${a.version}` : `v${a.fromVersion} → v${a.version}`
    const what = a.action === 'approve-change' ? 'change approved' : 'approved'
    ctx.out(`${ctx.paint('green', '✓')} ${a.id}  ${a.label}  ${a.from} → ${a.to}  ${version}  ${ctx.paint('dim', `(${what})`)}`)
  }
  for (const id of untouched) ctx.out(`${ctx.paint('dim', '·')} ${id}  already approved, no change waiting: nothing to do`)
  for (const r of restamped) {
    ctx.out(`${ctx.paint('green', '✓')} ${r.function}  diff policy ${r.from} → ${r.to}  ${ctx.paint('dim', '(POLICY_DRIFT resolved: approved under the current diff config)')}`)
  }
  if (approved.length === 0 && restamped.length === 0) {
    ctx.out('Nothing to approve: no pending scenarios and no proposed changes.')
  } else if (approved.length > 0) {
    const files = [...new Set(approved.map((a) => a.file))].join(', ')
    ctx.out(`\nApproved ${approved.length} scenario${approved.length === 1 ? '' : 's'} in ${files}${reason === undefined ? '' : ` (reason: ${String(reason)})`}.`)
  }
  return 0
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
async function restampPolicy(ws: Workspace, ctx: CliContext, target: ApproveTarget, files: LoadedFile[]): Promise<Restamp[]> {
  const inTarget = (fn: FunctionRef): boolean =>
    'all' in target ? true : 'functionId' in target ? fn.id === target.functionId : target.ids.some((id) => id.startsWith(`${fn.id}:`))
  const restamped: Restamp[] = []
  for (const { path, file } of files) {
    if (!inTarget(file.function)) continue
    const status = comparePolicySnapshot(file.policy, ws.policy).status
    if (status !== 'drift' && status !== 'older-semantics') continue
    await ws.store.update(file.function, (current) => (current === undefined ? undefined : { ...current, policy: { ...ws.policy } }))
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
    .option('--json', 'print what was approved as JSON on stdout (logs go to stderr)')
    .example('shadowtest approve pricing.quote:9f2c41d07a1b --reason "half-even rounding is intended"')
    .example('shadowtest approve --function pricing.quote')
    .example('shadowtest approve --all')
    .action((ids: string[], options: ApproveOptions) => run(() => approve(ctx, ids, options)))
}
