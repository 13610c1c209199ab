import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { validateCaptureRecord, type CaptureRecord } from '@shadowtest/core'
import { listCaptureFiles } from './capture-files.js'

/** A line the reader skipped, with where it is so a user can look. */
export interface CaptureReadIssue {
  file: string
  /** 1-based line number. */
  line: number
  /**
   * `torn-tail`: the file ends in a line without its newline (a write cut short by a crash);
   * `corrupt-line`: not JSON; `invalid-record`: JSON that is not a capture record.
   */
  kind: 'torn-tail' | 'corrupt-line' | 'invalid-record'
  message: string
}

export interface ReadCapturesOptions {
  /** Only records whose `source.runId` is this (what `shadowtest record` folds). */
  runId?: string
  /** Only records captured at or after this time. */
  since?: Date | string
  /** Only records of this function id. */
  functionId?: string
  /** Read these files instead of every capture file in the directory. */
  files?: string[]
  /** Called for each skipped line as it is found. */
  onIssue?: (issue: CaptureReadIssue) => void
}

/** The records of a capture directory; `issues` lists the lines skipped so far. */
export interface CaptureReader extends AsyncIterable<CaptureRecord> {
  readonly issues: readonly CaptureReadIssue[]
}

export interface CaptureLine {
  record: CaptureRecord
  file: string
  line: number
}

/**
 * Reads every capture file in `dir` (oldest first), validating each line. A torn tail or a
 * corrupt line is skipped and reported in `issues` (and to `onIssue`), never thrown: one bad
 * line must not hide the good records around it.
 *
 * @example
 * const reader = readCaptures('.shadowtest/captures', { runId })
 * for await (const record of reader) fold(record)
 * for (const issue of reader.issues) console.warn(`${issue.file}:${issue.line} ${issue.message}`)
 */
export function readCaptures(dir: string, options: ReadCapturesOptions = {}): CaptureReader {
  const issues: CaptureReadIssue[] = []
  const report = (issue: CaptureReadIssue) => {
    issues.push(issue)
    options.onIssue?.(issue)
  }
  const since = options.since === undefined ? undefined : new Date(options.since).getTime()
  return {
    issues,
    async *[Symbol.asyncIterator]() {
      const files = options.files ?? (await listCaptureFiles(dir)).map((f) => f.path)
      for (const file of files) {
        if (since !== undefined && (await modifiedBefore(file, since))) continue
        for await (const { record } of readCaptureFile(file, report)) {
          if (options.runId !== undefined && record.source.runId !== options.runId) continue
          if (options.functionId !== undefined && record.functionId !== options.functionId) continue
          if (since !== undefined && !(Date.parse(record.capturedAt) >= since)) continue
          yield record
        }
      }
    },
  }
}

async function modifiedBefore(file: string, time: number): Promise<boolean> {
  try {
    return (await stat(file)).mtimeMs < time
  } catch {
    return false
  }
}

/** The valid records of one capture file with their line numbers; skipped lines go to `report`. */
export async function* readCaptureFile(file: string, report: (issue: CaptureReadIssue) => void): AsyncGenerator<CaptureLine> {
  const name = basename(file)
  let lineNo = 0
  let rest = ''
  const parse = (text: string): CaptureLine | undefined => {
    lineNo += 1
    if (text.trim() === '') return undefined
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      report({ file, line: lineNo, kind: 'corrupt-line', message: `${name}:${lineNo} is not valid JSON (${preview(text)})` })
      return undefined
    }
    try {
      return { record: validateCaptureRecord(json, { file: name, line: lineNo }), file, line: lineNo }
    } catch (error) {
      report({ file, line: lineNo, kind: 'invalid-record', message: error instanceof Error ? error.message : String(error) })
      return undefined
    }
  }
  let stream
  try {
    stream = createReadStream(file, { encoding: 'utf8' })
    for await (const chunk of stream as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      for (const text of lines) {
        const parsed = parse(text)
        if (parsed) yield parsed
      }
    }
  } catch (error) {
    // Deleted by retention while we read: what was read stays valid.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  if (rest !== '') {
    lineNo += 1
    report({
      file,
      line: lineNo,
      kind: 'torn-tail',
      message: `${name}:${lineNo} ends without a newline (a write cut short, e.g. by a crash); skipped ${Buffer.byteLength(rest)} byte(s)`,
    })
  }
}

function preview(text: string): string {
  return text.length > 60 ? `${JSON.stringify(text.slice(0, 60))}…` : JSON.stringify(text)
}
