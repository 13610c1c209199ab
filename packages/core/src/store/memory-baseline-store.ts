import { policySnapshot, resolvePolicy } from '../diff/index.js'
import { ShadowtestError } from '../errors.js'
import type { GovernancePolicy, ResolvedGovernancePolicy } from '../governance/governance-policy.js'
import { validateBaselineFile } from '../model/index.js'
import type { BaselineFile, BaselineFileRef, FunctionRef, ScenarioDraft } from '../model/index.js'
import { ENGINE_VERSION } from '../version.js'
import { baselinePathFor } from './baseline-path.js'
import type { BaselineStore, UpdateOptions, UpsertOptions, UpsertResult } from './baseline-store.js'
import { upsertThroughUpdate } from './merge-drafts.js'

/**
 * A BaselineStore in memory, with the same validation and merge rules as the file store, for
 * unit tests of code that reads or writes baselines (matchers, CLI commands) without a disk.
 * Files are kept serialized-equivalent: callers get copies, never the stored objects.
 */
export class MemoryBaselineStore implements BaselineStore {
  private readonly files = new Map<string, BaselineFile>()
  private readonly policy: BaselineFile['policy']
  private readonly governance: GovernancePolicy | ResolvedGovernancePolicy | undefined
  /** Serializes updates the way the file store's lock does across processes. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(options: { files?: BaselineFile[]; policy?: BaselineFile['policy']; governance?: GovernancePolicy | ResolvedGovernancePolicy } = {}) {
    this.policy = options.policy ?? policySnapshot(resolvePolicy())
    this.governance = options.governance
    for (const file of options.files ?? []) this.files.set(file.function.id, validateBaselineFile(file, { file: this.fileFor(file.function) }))
  }

  /** A virtual path, in the same layout as the file store's, relative to `memory:`. */
  fileFor(fn: FunctionRef): string {
    return baselinePathFor(fn, '/memory', '__baselines__')
  }

  async list(): Promise<BaselineFileRef[]> {
    return [...this.files.values()]
      .map((f) => ({ functionId: f.function.id, file: this.fileFor(f.function), function: { ...f.function } }))
      .sort((a, b) => (a.functionId < b.functionId ? -1 : a.functionId > b.functionId ? 1 : 0))
  }

  async read(functionId: string): Promise<BaselineFile | undefined> {
    const file = this.files.get(functionId)
    return file === undefined ? undefined : structuredClone(file)
  }

  update(
    fn: FunctionRef,
    mutate: (current: BaselineFile | undefined) => BaselineFile | undefined,
    options: UpdateOptions = {},
  ): Promise<BaselineFile | undefined> {
    const run = async () => {
      const stored = this.files.get(fn.id)
      const proposed = mutate(stored === undefined ? undefined : structuredClone(stored))
      if (proposed === undefined) return stored === undefined ? undefined : structuredClone(stored)
      if (proposed.function.id !== fn.id) {
        throw new ShadowtestError('STORE:FUNCTION_COLLISION', `update of "${fn.id}" returned a file for "${proposed.function.id}".`)
      }
      const next = validateBaselineFile({ ...proposed, engineVersion: ENGINE_VERSION }, { file: this.fileFor(fn) })
      if (options.dryRun === true) return structuredClone(next)
      this.files.set(fn.id, next)
      return structuredClone(next)
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => undefined)
    return result
  }

  async upsertScenarios(fn: FunctionRef, drafts: ScenarioDraft[], options: UpsertOptions): Promise<UpsertResult> {
    const context = { engineVersion: ENGINE_VERSION, policy: this.policy, governance: this.governance }
    const result = await upsertThroughUpdate((ref, mutate, updateOptions) => this.update(ref, mutate, updateOptions), fn, drafts, options, context)
    return { ...result, file: this.fileFor(fn) }
  }
}
