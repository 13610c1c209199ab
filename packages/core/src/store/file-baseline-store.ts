import { mkdir, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type lockfileModule from 'proper-lockfile'
import { policySnapshot, resolvePolicy } from '../diff/index.js'
import { isShadowtestError, ShadowtestError } from '../errors.js'
import type { GovernancePolicy, ResolvedGovernancePolicy } from '../governance/governance-policy.js'
import { LEGACY_POLICY_SNAPSHOT, parseBaselineFile, serializeBaselineFile } from '../model/index.js'
import { validateOwnedBaselineFile } from '../model/baseline-file.js'
import type { BaselineFile, BaselineFileRef, FunctionRef, ScenarioDraft } from '../model/index.js'
import { ENGINE_VERSION } from '../version.js'
import { writeFileAtomic } from './atomic-write.js'
import { baselinePathFor } from './baseline-path.js'
import type { BaselineStore, UpdateOptions, UpsertOptions, UpsertResult } from './baseline-store.js'
import { upsertThroughUpdate } from './merge-drafts.js'

export interface FileBaselineStoreOptions {
  /** Project root; `baselineDir` and function modules are relative to it. */
  rootDir: string
  /** Default `__baselines__`. */
  baselineDir?: string
  /** Diff-policy snapshot stamped into new files (and into files migrated from schemaVersion 1); the default diff policy's otherwise. */
  policy?: BaselineFile['policy']
  /** Governance policy used when recording proposes or re-records. */
  governance?: GovernancePolicy | ResolvedGovernancePolicy
  /** Lock tuning; the defaults retry 60 times with randomized backoff (roughly 30–60 s) before STORE:LOCKED. */
  lock?: { retries?: number; staleMs?: number }
}


/** Baselines as pretty JSON files in the repository, one per function, safe for concurrent writers. */
// proper-lockfile (~16 ms to load, and it installs signal-exit's handlers) is needed only to
// write: a process that only reads baselines (a gate worker, the reporter) never loads it.
// The NDJSON sink's exit handling counts signal-exit's listeners when a signal arrives, so it
// does not matter when they are installed.
let lockfilePromise: Promise<typeof lockfileModule> | undefined
function loadLockfile(): Promise<typeof lockfileModule> {
  return (lockfilePromise ??= import('proper-lockfile').then((m) => m.default))
}

export class FileBaselineStore implements BaselineStore {
  readonly rootDir: string
  readonly baselineDir: string
  private readonly policy: BaselineFile['policy']
  private readonly governance: GovernancePolicy | ResolvedGovernancePolicy | undefined
  private readonly retries: number
  private readonly staleMs: number
  private index: Map<string, string> | undefined
  private readonly paths = new Map<string, string>()

  constructor(options: FileBaselineStoreOptions) {
    this.rootDir = path.resolve(options.rootDir)
    this.baselineDir = path.resolve(this.rootDir, options.baselineDir ?? '__baselines__')
    this.policy = options.policy ?? policySnapshot(resolvePolicy())
    this.governance = options.governance
    this.retries = options.lock?.retries ?? 60
    this.staleMs = options.lock?.staleMs ?? 10_000
  }

  fileFor(fn: FunctionRef): string {
    // A gate asks once per matcher call (once per scenario in a one-test-per-scenario suite);
    // the path is a pure function of the ref, so it is computed once per ref.
    const key = `${fn.id}\0${fn.module ?? '\u0001'}\0${fn.exportName ?? '\u0001'}`
    let file = this.paths.get(key)
    if (file === undefined) {
      file = baselinePathFor(fn, this.rootDir, this.baselineDir)
      if (this.paths.size >= 10_000) this.paths.clear()
      this.paths.set(key, file)
    }
    return file
  }

  /** Every `*.baseline.json` under `baselineDir`, sorted, without reading them (absolute paths). */
  files(): Promise<string[]> {
    return findBaselineFiles(this.baselineDir)
  }

  async list(): Promise<BaselineFileRef[]> {
    const files = await this.files()
    const refs: BaselineFileRef[] = []
    const index = new Map<string, string>()
    for (const file of files) {
      const parsed = await this.readFile(file)
      if (!parsed) continue
      const seen = index.get(parsed.function.id)
      if (seen !== undefined) {
        throw new ShadowtestError(
          'STORE:DUPLICATE_FUNCTION',
          `function "${parsed.function.id}" has two baseline files: ${seen} and ${file}. Merge them into one (the store writes ${this.fileFor(parsed.function)}).`,
          { file, details: { other: seen } },
        )
      }
      index.set(parsed.function.id, file)
      refs.push({ functionId: parsed.function.id, file, function: parsed.function })
    }
    this.index = index
    return refs.sort((a, b) => (a.functionId < b.functionId ? -1 : a.functionId > b.functionId ? 1 : 0))
  }

  async read(functionId: string): Promise<BaselineFile | undefined> {
    let file = this.index?.get(functionId)
    if (file === undefined) {
      await this.list()
      file = this.index?.get(functionId)
    }
    if (file === undefined) return undefined
    const parsed = await this.readFile(file)
    // The index may be stale (file moved or deleted by another process): rescan once.
    if (parsed?.function.id === functionId) return parsed
    this.index = undefined
    const refs = await this.list()
    const found = refs.find((r) => r.functionId === functionId)
    return found ? this.readFile(found.file) : undefined
  }

  async update(
    fn: FunctionRef,
    mutate: (current: BaselineFile | undefined) => BaselineFile | undefined,
    options: UpdateOptions = {},
  ): Promise<BaselineFile | undefined> {
    const file = this.locate(fn)
    const body = async () => {
      const currentText = await readText(file)
      const current = currentText === undefined ? undefined : parseBaselineFile(currentText, { file })
      if (current && current.function.id !== fn.id) {
        throw new ShadowtestError(
          'STORE:FUNCTION_COLLISION',
          `${file} holds function "${current.function.id}", not "${fn.id}": two functions map to the same baseline file. Give one of them an explicit id (capture(fn, { id })).`,
          { file, details: { functionId: fn.id, stored: current.function.id } },
        )
      }
      // `current` was parsed just now and belongs to nobody else: no defensive copy.
      const proposed = mutate(current)
      if (proposed === undefined) return current
      const next = validateOwnedBaselineFile(this.stamp(proposed), { file })
      const text = serializeBaselineFile(next)
      if (options.dryRun === true) return next
      if (text !== currentText) await writeFileAtomic(file, text)
      this.index?.set(fn.id, file)
      return next
    }
    // A plan takes no lock and creates no folder: writes are atomic renames, so it reads either
    // the old file or the new one, and the real update re-reads and re-merges under the lock.
    if (options.dryRun === true) return body()
    return this.withLock(file, body)
  }

  async upsertScenarios(fn: FunctionRef, drafts: ScenarioDraft[], options: UpsertOptions): Promise<UpsertResult> {
    const context = { engineVersion: ENGINE_VERSION, policy: this.policy, governance: this.governance }
    const result = await upsertThroughUpdate((ref, mutate, updateOptions) => this.update(ref, mutate, updateOptions), fn, drafts, options, context)
    return { ...result, file: this.locate(fn) }
  }

  /**
   * Where a function's file is: where it was found by the last scan (a file moved by hand, or
   * written before the function's module was known, keeps being used), else `fileFor`.
   */
  private locate(fn: FunctionRef): string {
    return this.index?.get(fn.id) ?? this.fileFor(fn)
  }

  private stamp(file: BaselineFile): BaselineFile {
    const isLegacy = file.policy.id === LEGACY_POLICY_SNAPSHOT.id && file.policy.hash === LEGACY_POLICY_SNAPSHOT.hash
    return { ...file, schemaVersion: 2, engineVersion: ENGINE_VERSION, policy: isLegacy ? { ...this.policy } : file.policy }
  }

  private async readFile(file: string): Promise<BaselineFile | undefined> {
    const text = await readText(file)
    return text === undefined ? undefined : parseBaselineFile(text, { file })
  }

  private async withLock<T>(file: string, body: () => Promise<T>): Promise<T> {
    // proper-lockfile creates `<file>.lock` beside the file, so the folder must exist first.
    await mkdir(path.dirname(file), { recursive: true })
    let compromised: Error | undefined
    let release: () => Promise<void>
    const lockfile = await loadLockfile()
    try {
      release = await lockfile.lock(file, {
        // The file may not exist yet: lock its path, not its resolved real path.
        realpath: false,
        stale: this.staleMs,
        retries: { retries: this.retries, factor: 1.4, minTimeout: 10, maxTimeout: 600, randomize: true },
        // The default throws from a timer, which would crash the host process.
        onCompromised: (error) => {
          compromised = error
        },
      })
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'ELOCKED') {
        throw new ShadowtestError('STORE:WRITE_FAILED', `${file}: cannot create the lock ${file}.lock: ${(cause as Error).message}`, { file, cause })
      }
      throw new ShadowtestError(
        'STORE:LOCKED',
        `${file} is locked by another writer (lock ${file}.lock) and stayed locked after ${this.retries} retries. If no Shadowtest process is running, delete the .lock folder.`,
        { file, cause },
      )
    }
    try {
      const value = await body()
      if (compromised) throw compromised
      return value
    } catch (error) {
      if (isShadowtestError(error)) throw error
      throw new ShadowtestError('STORE:WRITE_FAILED', `${file}: ${error instanceof Error ? error.message : String(error)}`, { file, cause: error })
    } finally {
      await release().catch(() => undefined)
    }
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

async function findBaselineFiles(dir: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.baseline.json'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort()
}
