/**
 * How Jest workers hand their results to the Shadowtest reporter. Jest has no worker → main
 * channel for custom data (Vitest has `task.meta`), so the reporter creates a run directory
 * when the run starts and names it in an env var; workers (child processes or threads, and the
 * main process under `--runInBand`) inherit it and append one NDJSON line per matcher call to a
 * file of their own; the reporter reads them all when the run completes. A line is the call's
 * results as a JSON array, or `{ "results": [...], "empty": {...} }` when the call had nothing
 * to replay (an `EmptyCheck`).
 */
import { randomUUID } from 'node:crypto'
import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EmptyCheck, ScenarioResult } from '@shadowtest/plugin/vitest'

/** Env var naming the run directory; set by the reporter in `onRunStart`, read by the matcher. */
export const JEST_RUN_DIR_ENV = 'SHADOWTEST_JEST_RUN_DIR'

/** Env var with the directory the reporter searches the Shadowtest config from; the matcher uses the same one. */
export const JEST_ROOT_ENV = 'SHADOWTEST_JEST_ROOT'

const SUFFIX = '.results.ndjson'

/** A fresh, empty run directory in the OS temp folder. */
export function createRunDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'shadowtest-jest-run-'))
}

/**
 * Writer for one worker module instance. Jest evaluates setup files once per test file, so each
 * test file gets its own results file and no two processes ever append to the same one.
 */
export function runDirWriter(dir: string): (results: ScenarioResult[], empty?: EmptyCheck) => Promise<void> {
  const file = join(dir, `${randomUUID()}${SUFFIX}`)
  return async (results, empty) => {
    if (empty) await appendFile(file, JSON.stringify({ results, empty }) + '\n')
    else if (results.length > 0) await appendFile(file, JSON.stringify(results) + '\n')
  }
}

function isEmptyCheck(value: unknown): value is EmptyCheck {
  const v = value as Partial<EmptyCheck> | null
  return typeof v === 'object' && v !== null && typeof v.functionId === 'string' && typeof v.file === 'string' &&
    (v.reason === 'no-baseline' || v.reason === 'no-live-scenarios')
}

/** Every result the workers wrote, plus one message per line that could not be read. */
export async function readRunDir(dir: string): Promise<{ results: ScenarioResult[]; empty: EmptyCheck[]; errors: string[] }> {
  const results: ScenarioResult[] = []
  const empty: EmptyCheck[] = []
  const errors: string[] = []
  let names: string[]
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(SUFFIX)).sort()
  } catch (error) {
    // No directory: nobody ran the matcher (or onRunStart never ran).
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { results, empty, errors }
    throw error
  }
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8')
    for (const [index, line] of text.split('\n').entries()) {
      if (line.trim() === '') continue
      try {
        const parsed: unknown = JSON.parse(line)
        if (Array.isArray(parsed)) {
          results.push(...(parsed as ScenarioResult[]))
          continue
        }
        const entry = parsed as { results?: unknown; empty?: unknown } | null
        if (entry === null || typeof entry !== 'object' || !Array.isArray(entry.results) || !isEmptyCheck(entry.empty)) {
          throw new TypeError('not a result line')
        }
        results.push(...(entry.results as ScenarioResult[]))
        empty.push(entry.empty)
      } catch {
        // A worker killed mid-write leaves a torn last line; the run failed anyway, say so.
        errors.push(`a Jest worker left an unreadable result (${name}, line ${index + 1}): its scenarios are missing from the summary`)
      }
    }
  }
  return { results, empty, errors }
}

/** Removes the run directory (best effort: a leftover temp dir must not fail the run). */
export async function removeRunDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true }).catch(() => {})
}
