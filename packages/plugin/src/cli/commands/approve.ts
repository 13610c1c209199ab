import { ShadowtestError, transition, type GovernanceAction, type Scenario } from '@shadowtest/core'
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

/** One scenario to promote, and the governance action that promotes it. */
interface Target {
  path: string
  file: LoadedFile['file']
  semanticId: string
  scenario: Scenario
  action: Extract<GovernanceAction, 'approve' | 'approve-change'>
}

interface Approved {
  id: string
  label: string
  function: string
  file: string
  action: Target['action']
  from: string
  to: string
  fromVersion: number
  version: number
}

/** A pending scenario is approved as recorded; an approved one with a proposed change gets the change (version + 1). */
function actionFor(scenario: Scenario): Target['action'] {
  return scenario.status === 'approved' && scenario.proposed !== undefined ? 'approve-change' : 'approve'
}

/** Scenarios `--all` / `--function` pick up: those waiting for a decision. */
function awaitsApproval(scenario: Scenario): boolean {
  return scenario.status === 'pending' || scenario.proposed !== undefined
}

async function selectTargets(ws: Workspace, ctx: CliContext, ids: string[], options: ApproveOptions): Promise<Target[]> {
  const functionId = options.function
  const modes = [ids.length > 0, functionId !== undefined, options.all === true].filter(Boolean).length
  if (modes !== 1) {
    throw new ShadowtestError(
      'CLI:USAGE',
      'Say what to approve: scenario ids (`shadowtest approve pricing.quote:9f2c41d07a1b`), `--function <id>`, or `--all`; exactly one of them.',
    )
  }
  if (ids.length > 0) {
    // Resolve every id before touching anything: one unknown id and nothing is approved.
    const targets: Target[] = []
    for (const id of new Set(ids)) {
      const found = await findScenario(ws, id)
      targets.push({ ...found, action: actionFor(found.scenario) })
    }
    return targets
  }
  if (typeof functionId !== 'string' || functionId === '') throw new ShadowtestError('CLI:INVALID_OPTION', '--function needs a function id, e.g. --function pricing.quote.')
  const files = (await readAllFiles(ws)).filter((f) => options.all === true || f.file.function.id === functionId)
  if (options.all !== true && files.length === 0) {
    throw new ShadowtestError(
      'GOVERNANCE:FUNCTION_NOT_FOUND',
      `No baseline file for function "${functionId}" under ${relativePath(ws.config.baselineDir, ctx.cwd)}. Run \`shadowtest baseline list\` to see the recorded functions.`,
    )
  }
  return files.flatMap(({ path, file }) =>
    Object.entries(file.scenarios)
      .filter(([, scenario]) => awaitsApproval(scenario))
      .sort(([, a], [, b]) => a.seq - b.seq)
      .map(([semanticId, scenario]) => ({ path, file, semanticId, scenario, action: actionFor(scenario) })),
  )
}

async function approve(ctx: CliContext, ids: string[], options: ApproveOptions): Promise<number> {
  const reason = options.reason
  if (reason !== undefined && (typeof reason !== 'string' || reason === '')) {
    throw new ShadowtestError('CLI:INVALID_OPTION', '--reason needs a text, e.g. --reason "rounding is half-even now".')
  }
  const ws = await openWorkspace(ctx)
  const targets = await selectTargets(ws, ctx, ids, options)
  const by = actor(ctx, options.by)
  const at = new Date().toISOString()
  const meta = { by, at, ...(reason === undefined ? {} : { reason }) }

  // All or nothing: every transition is checked against governance before any file is written,
  // so a rejected one (e.g. approving an already approved scenario) leaves every file as it was.
  for (const target of targets) transition(target.scenario, target.action, meta)

  const byFile = new Map<string, Target[]>()
  for (const target of targets) byFile.set(target.path, [...(byFile.get(target.path) ?? []), target])

  const approved: Approved[] = []
  for (const [path, group] of byFile) {
    const fn = group[0]!.file.function
    await ws.store.update(fn, (current) => {
      if (current === undefined) {
        throw new ShadowtestError('STORE:FILE_MISSING', `${relativePath(path, ctx.cwd)} disappeared while approving; nothing in it was changed.`, { file: path })
      }
      const scenarios = { ...current.scenarios }
      for (const target of group) {
        // Decide again on the state read under the lock: another process may have acted meanwhile.
        const fresh = scenarios[target.semanticId]
        if (fresh === undefined) {
          throw new ShadowtestError('GOVERNANCE:SCENARIO_NOT_FOUND', `Scenario "${target.scenario.id}" disappeared from ${relativePath(path, ctx.cwd)} while approving it.`, {
            scenarioId: target.scenario.id,
            file: path,
          })
        }
        const action = actionFor(fresh)
        const next = transition(fresh, action, meta)
        scenarios[target.semanticId] = next
        approved.push({
          id: next.id,
          label: next.label,
          function: fn.id,
          file: relativePath(path, ctx.cwd),
          action,
          from: fresh.status,
          to: next.status,
          fromVersion: fresh.version,
          version: next.version,
        })
      }
      return { ...current, scenarios }
    })
  }

  if (options.json === true) {
    ctx.out(JSON.stringify({ approved }, null, 2))
  } else if (approved.length === 0) {
    ctx.out('Nothing to approve: no pending scenarios and no proposed changes.')
  } else {
    for (const a of approved) {
      const version = a.fromVersion === a.version ? `v${a.version}` : `v${a.fromVersion} → v${a.version}`
      const what = a.action === 'approve-change' ? 'change approved' : 'approved'
      ctx.out(`${ctx.paint('green', '✓')} ${a.id}  ${a.label}  ${a.from} → ${a.to}  ${version}  ${ctx.paint('dim', `(${what})`)}`)
    }
    const files = new Set(approved.map((a) => a.file))
    ctx.out(`\nApproved ${approved.length} scenario${approved.length === 1 ? '' : 's'} in ${[...files].join(', ')}${reason === undefined ? '' : ` (reason: ${reason})`}.`)
  }
  return 0
}

export const registerApprove: Register = (cli, ctx, run) => {
  cli
    .command('approve [...ids]', 'Approve pending scenarios and proposed changes (recorded in each scenario history)')
    .option('--function <id>', 'every pending scenario and proposed change of this function (e.g. pricing.quote)')
    .option('--all', 'every pending scenario and proposed change in the project')
    .option('--reason <text>', 'why, stored in the history of every scenario approved')
    .option('--by <name>', 'who approves (default: $SHADOWTEST_USER or the OS user)')
    .option('--json', 'print what was approved as JSON on stdout (logs go to stderr)')
    .example('shadowtest approve pricing.quote:9f2c41d07a1b --reason "half-even rounding is intended"')
    .example('shadowtest approve --function pricing.quote')
    .example('shadowtest approve --all')
    .action((ids: string[], options: ApproveOptions) => run(() => approve(ctx, ids, options)))
}
