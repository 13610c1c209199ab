import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { baselineFileStamp, ENGINE_VERSION, FileBaselineStore, loadConfig, parseBaselineFile, settledStamp, ShadowtestError, type FailOnObsolete, type ResolvedConfig } from '@shadowtest/core'
import type { BaselineReadReceipt } from './gate-report.js'
import type { StoredScenarioRef } from './summary.js'

export interface StoredProject {
  /** Config `gate.failOnObsolete`. */
  failOnObsolete: FailOnObsolete
  /** Config `gate.approve` (the run may write, whatever the runner's snapshot mode is). */
  approve: boolean
  /** The engine version, for the report. */
  shadowtestVersion: string
  /**
   * The scenarios the reporter needs (approved ones nobody may have replayed) and the count of
   * live scenarios in the store, as found when the project was loaded. Files the workers read and
   * validated with the same content come from their receipts; every other file is read and
   * validated here. Throws the first file's error (corrupt file, two files for one function).
   */
  scenarios(receipts: Iterable<BaselineReadReceipt>): StoredScenarios
}

export interface StoredScenarios {
  stored: StoredScenarioRef[]
  baselineCount: number
  /** The function id of every baseline file (for "did you mean" on a check that found no baseline). */
  functionIds: string[]
}

interface FoundFile {
  file: string
  bytes: Buffer
  /** The settled stat key the bytes were read under (see `settledStamp`), if the file has one. */
  stamp: string | undefined
  /** sha256 of the bytes, computed only when a receipt identifies the file by digest. */
  digest?: string
}

/**
 * Reads the project's config and the text of every baseline file (main process, once per run,
 * while the workers start). Parsing and validating waits until the workers' receipts are in:
 * a file a worker already validated is not validated twice.
 */
export async function loadStoredProject(rootDir: string, loaded?: ResolvedConfig): Promise<StoredProject> {
  // `loaded`: the plugin's load of the same config moments ago (`loadConfigSync`, same result).
  const config = loaded ?? (await loadConfig({ cwd: rootDir }))
  const store = new FileBaselineStore({ rootDir: config.rootDir, baselineDir: config.baselineDir })
  const found: FoundFile[] = []
  for (const file of await store.files()) {
    let bytes: Buffer
    let stamp: string | undefined
    try {
      // Stat before and after the read: a settled stamp that did not move names exactly these bytes.
      const before = baselineFileStamp(await stat(file))
      bytes = await readFile(file)
      stamp = settledStamp(before, await stat(file))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue // deleted since the listing
      throw error
    }
    // Decoded only if no worker vouches for this content.
    found.push({ file, bytes, stamp })
  }
  return {
    failOnObsolete: config.gate.failOnObsolete,
    approve: config.gate.approve,
    shadowtestVersion: ENGINE_VERSION,
    scenarios: (receipts) => storedScenarios(store, found, receipts),
  }
}

function storedScenarios(store: FileBaselineStore, files: FoundFile[], receipts: Iterable<BaselineReadReceipt>): StoredScenarios {
  // A receipt names its content by stamp or by digest; it vouches for a file read here with the same one.
  const trusted = new Map<string, BaselineReadReceipt[]>()
  const hashed = new Set<string>()
  for (const receipt of receipts) {
    const key = receipt.stamp !== undefined ? `${receipt.file}\0s:${receipt.stamp}` : `${receipt.file}\0d:${receipt.digest}`
    if (receipt.stamp === undefined) hashed.add(receipt.file)
    const list = trusted.get(key)
    if (list) list.push(receipt)
    else trusted.set(key, [receipt])
  }
  const stored: StoredScenarioRef[] = []
  let baselineCount = 0
  const owners = new Map<string, string>()
  for (const found of files) {
    const { file, bytes } = found
    const byStamp = found.stamp === undefined ? undefined : trusted.get(`${file}\0s:${found.stamp}`)
    const byDigest = hashed.has(file) ? trusted.get(`${file}\0d:${digestOf(found)}`) : undefined
    const fromWorkers = byStamp && byDigest ? [...byStamp, ...byDigest] : (byStamp ?? byDigest)
    let functionRef: BaselineReadReceipt['function']
    if (fromWorkers) {
      // Several workers may describe the same content: each lists the approved scenarios it did
      // not replay, so a scenario is a candidate only if every one of them left it out.
      const first = fromWorkers[0]!
      functionRef = first.function
      baselineCount += first.counted
      const inAll = fromWorkers.slice(1).map((r) => new Set(r.unreplayed.map((s) => s.scenarioId)))
      for (const ref of first.unreplayed) if (inAll.every((ids) => ids.has(ref.scenarioId))) stored.push(ref)
    } else {
      const parsed = parseBaselineFile(bytes.toString('utf8'), { file })
      functionRef = parsed.function
      for (const scenario of Object.values(parsed.scenarios)) {
        if (scenario.status !== 'deprecated') baselineCount++
        stored.push({ scenarioId: scenario.id, functionId: parsed.function.id, label: scenario.label, status: scenario.status, version: scenario.version })
      }
    }
    const seen = owners.get(functionRef.id)
    if (seen !== undefined) {
      // The store's own check (FileBaselineStore.list), for files it never parsed here.
      throw new ShadowtestError(
        'STORE:DUPLICATE_FUNCTION',
        `function "${functionRef.id}" has two baseline files: ${seen} and ${file}. Merge them into one (the store writes ${store.fileFor(functionRef)}).`,
        { file, details: { other: seen } },
      )
    }
    owners.set(functionRef.id, file)
  }
  return { stored, baselineCount, functionIds: [...owners.keys()] }
}

/** sha256 of a file's bytes, once (only files some receipt names by digest need it). */
function digestOf(found: FoundFile): string {
  return (found.digest ??= createHash('sha256').update(found.bytes).digest('hex'))
}
