import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CaptureRecord } from '@shadowtest/core'
import { readCaptures, type CaptureReadIssue, type ReadCapturesOptions } from '../src/runtime/sinks/index.js'
import { sampleRecord, tempDir } from './sink-helpers.js'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDir('shadowtest-reader-')))
afterEach(() => cleanup())

const line = (record: CaptureRecord) => JSON.stringify(record) + '\n'

async function collect(options: ReadCapturesOptions = {}) {
  const seen: CaptureReadIssue[] = []
  const reader = readCaptures(dir, { ...options, onIssue: (issue) => seen.push(issue) })
  const records: CaptureRecord[] = []
  for await (const record of reader) records.push(record)
  expect(seen).toEqual(reader.issues)
  return { records, issues: reader.issues }
}

describe('readCaptures', () => {
  it('skips and reports a torn tail with file and line, keeping every complete record', async () => {
    const file = join(dir, '20261124T050000000Z-10-0001-aaaaaa.ndjson')
    const torn = line(sampleRecord(3)).slice(0, 40)
    await writeFile(file, line(sampleRecord(1)) + line(sampleRecord(2)) + torn)
    const { records, issues } = await collect()
    expect(records).toEqual([sampleRecord(1), sampleRecord(2)])
    expect(issues).toEqual([
      expect.objectContaining({ file, line: 3, kind: 'torn-tail', message: expect.stringContaining('20261124T050000000Z-10-0001-aaaaaa.ndjson:3') }),
    ])
  })

  it('skips a corrupt line in the middle and an invalid record, and reads on', async () => {
    const file = join(dir, '20261124T050000000Z-10-0001-aaaaaa.ndjson')
    const { functionId: _dropped, ...noFunction } = sampleRecord(4)
    await writeFile(file, line(sampleRecord(1)) + '{"v":1,"functionId":"pri\n' + JSON.stringify(noFunction) + '\n\n' + line(sampleRecord(2)))
    const { records, issues } = await collect()
    expect(records).toEqual([sampleRecord(1), sampleRecord(2)])
    expect(issues.map((i) => [i.line, i.kind])).toEqual([
      [2, 'corrupt-line'],
      [3, 'invalid-record'],
    ])
  })

  it('reads files oldest first, across files, and ignores other files in the directory', async () => {
    await writeFile(join(dir, '20261124T060000000Z-11-0001-bbbbbb.ndjson'), line(sampleRecord(2)))
    await writeFile(join(dir, '20261124T050000000Z-10-0001-aaaaaa.ndjson'), line(sampleRecord(1)))
    await writeFile(join(dir, 'README.ndjson'), 'not a capture file\n')
    await mkdir(join(dir, '20261124T070000000Z-12-0001-cccccc.ndjson'))
    const { records, issues } = await collect()
    expect(records).toEqual([sampleRecord(1), sampleRecord(2)])
    expect(issues).toEqual([])
  })

  it('filters by run id, function id and capture time', async () => {
    const a = sampleRecord(1, { source: { kind: 'record', runId: 'run-a' }, capturedAt: '2020-01-01T05:00:00.000Z' })
    const b = sampleRecord(2, { source: { kind: 'record', runId: 'run-b' }, capturedAt: '2020-01-01T06:00:00.000Z' })
    const c = sampleRecord(3, { functionId: 'risk.score', source: { kind: 'vitest' }, capturedAt: '2020-01-01T07:00:00.000Z' })
    await writeFile(join(dir, '20261124T050000000Z-10-0001-aaaaaa.ndjson'), line(a) + line(b) + line(c))
    expect((await collect({ runId: 'run-b' })).records).toEqual([b])
    expect((await collect({ functionId: 'risk.score' })).records).toEqual([c])
    expect((await collect({ since: '2020-01-01T05:30:00.000Z' })).records).toEqual([b, c])
    expect((await collect({ since: new Date('2020-01-01T06:30:00Z'), functionId: 'pricing.quote' })).records).toEqual([])
  })

  it('reads nothing, without error, from a directory that does not exist', async () => {
    const reader = readCaptures(join(dir, 'missing'))
    const records = []
    for await (const record of reader) records.push(record)
    expect(records).toEqual([])
    expect(reader.issues).toEqual([])
  })

  it('streams a large file whose lines cross read-chunk boundaries', async () => {
    const big = Array.from({ length: 3000 }, (_, i) => sampleRecord(i, { label: 'é'.repeat(i % 50) }))
    await writeFile(join(dir, '20261124T050000000Z-10-0001-aaaaaa.ndjson'), big.map(line).join(''))
    const { records, issues } = await collect()
    expect(issues).toEqual([])
    expect(records).toEqual(big)
  })
})
