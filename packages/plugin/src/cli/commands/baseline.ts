import { deprecateScenarios, ENGINE_VERSION, SCENARIO_STATUSES, ShadowtestError, type ScenarioStatus } from '@shadowtest/core'
import type { CliContext } from '../context.js'
import type { Register } from '../index.js'
import { renderScenario } from './baseline-show.js'
import { actor, advisories, findScenario, openWorkspace, readAllFiles, relativePath } from './baseline-workspace.js'

function parseStatus(value: unknown): ScenarioStatus | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string' && (SCENARIO_STATUSES as readonly string[]).includes(value)) return value as ScenarioStatus
  throw new ShadowtestError('CLI:INVALID_OPTION', `--status must be one of ${SCENARIO_STATUSES.join(', ')}; got "${String(value)}".`)
}

function optionalString(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value === '') {
    throw new ShadowtestError('CLI:INVALID_OPTION', `--${name} needs a value.`)
  }
  return value
}

interface ListOptions {
  status?: unknown
  function?: unknown
  json?: unknown
}

async function list(ctx: CliContext, options: ListOptions): Promise<number> {
  const status = parseStatus(options.status)
  const functionId = optionalString('function', options.function)
  const ws = await openWorkspace(ctx)
  const files = (await readAllFiles(ws)).filter((f) => functionId === undefined || f.file.function.id === functionId)
  if (functionId !== undefined && files.length === 0) {
    throw new ShadowtestError(
      'GOVERNANCE:FUNCTION_NOT_FOUND',
      `No baseline file for function "${functionId}" under ${relativePath(ws.config.baselineDir, ctx.cwd)}. Run \`shadowtest baseline list\` to see the recorded functions.`,
    )
  }
  const report = files.map(({ path, file }) => ({
    function: file.function.id,
    file: relativePath(path, ctx.cwd),
    engineVersion: file.engineVersion,
    policy: file.policy,
    advisories: advisories(file, ws),
    scenarios: Object.values(file.scenarios)
      .filter((s) => status === undefined || s.status === status)
      .sort((a, b) => a.seq - b.seq)
      .map((s) => ({
        id: s.id,
        status: s.status,
        version: s.version,
        label: s.label,
        changeProposed: s.proposed !== undefined,
        capturedAt: s.capturedAt,
      })),
  }))

  if (options.json === true) {
    ctx.out(JSON.stringify({ engineVersion: ENGINE_VERSION, policy: ws.policy, functions: report }, null, 2))
    return 0
  }
  if (report.length === 0) {
    ctx.err(`No baselines yet under ${relativePath(ws.config.baselineDir, ctx.cwd)}. Record some with \`shadowtest record -- <your command>\`.`)
    return 0
  }
  const statusStyle = { pending: 'yellow', approved: 'green', deprecated: 'gray' } as const
  for (const entry of report) {
    ctx.out(`${ctx.paint('bold', entry.function)}  ${ctx.paint('dim', entry.file)}`)
    for (const note of entry.advisories) ctx.out(ctx.paint('yellow', `  ! ${note.code}: ${note.message}`))
    if (entry.scenarios.length === 0) ctx.out(ctx.paint('dim', `  (no ${status ?? ''} scenarios)`.replace('  )', ')')))
    for (const s of entry.scenarios) {
      const state = s.changeProposed ? `${s.status}*` : s.status
      ctx.out(`  ${s.id}  ${ctx.paint(statusStyle[s.status], state.padEnd(10))} v${s.version}  ${s.label}`)
    }
  }
  const all = report.flatMap((r) => r.scenarios)
  const count = (st: ScenarioStatus) => all.filter((s) => s.status === st).length
  const proposed = all.filter((s) => s.changeProposed).length
  ctx.out(
    `\n${all.length} scenario${all.length === 1 ? '' : 's'}: ${count('approved')} approved, ${count('pending')} pending, ${count('deprecated')} deprecated` +
      (proposed > 0 ? `; ${proposed} with a change awaiting approval (*, see \`shadowtest approve\`)` : ''),
  )
  return 0
}

async function show(ctx: CliContext, id: string, options: { json?: unknown }): Promise<number> {
  const ws = await openWorkspace(ctx)
  const found = await findScenario(ws, id)
  if (options.json === true) {
    ctx.out(JSON.stringify({ file: relativePath(found.path, ctx.cwd), function: found.file.function, scenario: found.scenario }, null, 2))
    return 0
  }
  for (const line of renderScenario(found, { color: ctx.color, cwd: ctx.cwd, paint: ctx.paint, policy: ws.config.diff })) ctx.out(line)
  return 0
}

async function deprecate(ctx: CliContext, id: string, options: { reason?: unknown; by?: unknown; json?: unknown }): Promise<number> {
  const reason = optionalString('reason', options.reason)
  const ws = await openWorkspace(ctx)
  const found = await findScenario(ws, id)
  // All or nothing through governance: a rejected transition (already deprecated) writes nothing.
  const [change] = await deprecateScenarios(ws.store, [id], {
    by: actor(ctx, options.by, ws.config.governance.actor),
    reason,
    policy: ws.config.governance.policy,
  })
  const result = change ?? { id, label: found.scenario.label, from: found.scenario.status, to: found.scenario.status, version: found.scenario.version }
  if (options.json === true) {
    ctx.out(JSON.stringify({ deprecated: [{ ...result, file: relativePath(found.path, ctx.cwd) }] }, null, 2))
  } else {
    ctx.out(`${ctx.paint('gray', 'deprecated')} ${id}  ${result.label}  ${result.from} → ${result.to}  v${result.version}`)
    ctx.err('The scenario leaves the gate; its history stays in the baseline file.')
  }
  return 0
}

export const registerBaseline: Register = (cli, ctx, run) => {
  cli
    .command('baseline <action> [id]', 'Inspect and govern baselines: list | show <id> | deprecate <id>')
    .option('--status <status>', 'list: only scenarios with this status (pending | approved | deprecated)')
    .option('--function <id>', 'list: only this function id (e.g. pricing.quote)')
    .option('--reason <text>', 'deprecate: why, stored in the scenario history')
    .option('--by <name>', 'deprecate: who decides (default: $SHADOWTEST_USER, config governance.actor, the OS user)')
    .option('--json', 'print JSON on stdout (logs go to stderr)')
    .example('shadowtest baseline list --status pending')
    .example('shadowtest baseline show pricing.quote:9f2c41d07a1b')
    .example('shadowtest baseline deprecate pricing.quote:9f2c41d07a1b --reason "coupon retired"')
    .action((action: string, id: string | undefined, options: ListOptions & { reason?: unknown; by?: unknown }) =>
      run(() => {
        if (action === 'list') {
          if (id !== undefined) throw new ShadowtestError('CLI:USAGE', '`baseline list` takes no id; use --function or --status to filter.')
          return list(ctx, options)
        }
        if (action === 'show' || action === 'deprecate') {
          if (id === undefined) throw new ShadowtestError('CLI:USAGE', `\`baseline ${action}\` needs a scenario id, e.g. \`shadowtest baseline ${action} pricing.quote:9f2c41d07a1b\`.`)
          return action === 'show' ? show(ctx, id, options) : deprecate(ctx, id, options)
        }
        throw new ShadowtestError('CLI:USAGE', `Unknown action "baseline ${action}". Use list, show <id> or deprecate <id>.`)
      }),
    )
}
