import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  CURRENT_SCHEMA_VERSION,
  encode,
  encodeInput,
  parseScenarioId,
  scenarioIdFromEncoded,
  serializeBaselineFile,
  validateBaselineFile,
  type BaselineFile,
  type Dependency,
  type Encoded,
  type Scenario,
} from '@shadowtest/core'

export interface ScenarioSpec {
  label: string
  args: unknown[]
  /** The receiver, for a captured method. */
  this?: unknown
  returns?: unknown
  throws?: Error
  status?: Scenario['status']
  dependencies?: Dependency[]
}

/** A valid baseline file (checked with core's validateBaselineFile) built from plain values. */
export function buildBaseline(fn: BaselineFile['function'], specs: ScenarioSpec[]): BaselineFile {
  const scenarios: Record<string, Scenario> = {}
  specs.forEach((spec, index) => {
    const input = (spec.this === undefined ? encodeInput(spec.args) : encodeInput(spec.args, spec.this)) as Scenario['input']
    const key = parseScenarioId(scenarioIdFromEncoded(fn.id, input)).semanticId
    const status = spec.status ?? 'approved'
    scenarios[key] = {
      id: `${fn.id}:${key}`,
      status,
      version: 1,
      seq: index + 1,
      label: spec.label,
      input,
      outcome:
        spec.throws === undefined
          ? { kind: 'return', value: encode(spec.returns) as Encoded }
          : { kind: 'throw', error: encode(spec.throws) as Encoded },
      dependencies: spec.dependencies ?? [],
      capturedAt: '2026-01-01T00:00:00.000Z',
      source: { kind: 'record' },
      history: [
        { action: 'record', from: null, to: 'pending', at: '2026-01-01T00:00:00.000Z', by: 'test', version: 1 },
        ...(status === 'pending'
          ? []
          : [{ action: 'approve' as const, from: 'pending' as const, to: 'approved' as const, at: '2026-01-01T00:00:00.000Z', by: 'test', version: 1 }]),
        ...(status === 'deprecated'
          ? [{ action: 'deprecate' as const, from: 'approved' as const, to: 'deprecated' as const, at: '2026-01-01T00:00:00.000Z', by: 'test', version: 1 }]
          : []),
      ],
    }
  })
  const file = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    function: fn,
    engineVersion: '0.1.0',
    policy: { id: 'default', semanticsVersion: 1, hash: 'default' },
    scenarios,
  } as BaselineFile
  return validateBaselineFile(JSON.parse(serializeBaselineFile(file)), { file: `${fn.id}.baseline.json` })
}

export interface TempProject {
  dir: string
  write(path: string, text: string): Promise<string>
  writeBaseline(path: string, file: BaselineFile): Promise<string>
  cleanup(): Promise<void>
}

export async function tempProject(): Promise<TempProject> {
  const dir = await mkdtemp(join(tmpdir(), 'shadowtest-codegen-'))
  const write = async (path: string, text: string) => {
    const full = join(dir, path)
    await mkdir(dirname(full), { recursive: true })
    await writeFile(full, text, 'utf8')
    return full
  }
  await write('package.json', JSON.stringify({ name: 'codegen-test', type: 'module' }))
  return {
    dir,
    write,
    writeBaseline: (path, file) => write(path, serializeBaselineFile(file)),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
}
