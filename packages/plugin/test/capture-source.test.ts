// Where a capture came from: the source stamped into every capture record.
import { hostname } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { validateCaptureRecord } from '@shadowtest/core'
import { capture, setCaptureSink } from '@shadowtest/plugin/runtime'
import { useMemoryCapture } from './runtime-helpers.js'

afterEach(() => setCaptureSink(undefined))

describe('capture record source', () => {
  it('names the host and the process (pid) that captured the call, and validates against the capture-record schema', async () => {
    const { records } = useMemoryCapture()
    const double = capture((n: number) => n * 2, { id: 'source.double' })
    double(21)
    const [record] = await records()
    expect(record?.source).toMatchObject({ host: hostname(), pid: process.pid })
    expect(validateCaptureRecord(JSON.parse(JSON.stringify(record)))).toEqual(record)
  })
})
