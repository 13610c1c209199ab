import { hostname } from 'node:os'
import { resolve } from 'node:path'
import { encodeInput as encodeRawInput, semanticIdOf } from '@shadowtest/core'
import type { CaptureRecord, Dependency, EncodeOptions, Encoded, Redactor, ScenarioInput, Source } from '@shadowtest/core'
import type { RawOutcome } from '../context.js'
import { createConfiguredSink, createMemorySink, flushSinksAtExit } from '../sinks/lazy.js'
import type { CaptureSink, MemorySink } from '../sinks/index.js'
import { captureFault, count } from './capture-stats.js'
import type { FunctionCaptureStats } from './capture-stats.js'
import { captureSettings } from './capture-settings.js'
import { encodeDependency, encodeOutcome } from './encode-record.js'
import { labelOf, type LabelFunction } from './capture-label.js'
import type { PendingDependency } from './record-scope.js'

/**
 * Everything capture does after the call returned, off the host's calling thread: encode,
 * redact, compute the scenario id, dedupe, enforce the per-function cap, hand to the sink.
 * Calls only enqueue; a batch is processed on a later turn of the event loop (an unref'd
 * immediate, so capture never keeps a process alive) and drained on `beforeExit`/`exit`.
 */

/** Per-function state the pipeline shares with the wrapper's hot path. */
export interface FunctionPipelineState {
  readonly functionId: string
  readonly module: string | undefined
  readonly exportName: string | undefined
  readonly redactor: Redactor
  readonly stats: FunctionCaptureStats
  readonly maxScenarios: number | undefined
  readonly onLimit: 'stop' | 'sample'
  /** Encoding limits (config capture.encoding). */
  readonly limits: EncodeOptions | undefined
  /** Skip scenario ids this process already wrote (config capture.dedupe). */
  readonly dedupe: boolean
  /** Distinct scenarios handed to the sink by this process. */
  written: number
  /** Set once `written` reaches `maxScenarios`: the hot path stops (or decays) sampling. */
  limited: boolean
  /** Enabled entry function below its cap: the wrapper may take its inline sampled-out path. */
  fastPath: boolean
  /** The call site's `label` option, if any. */
  readonly label?: LabelFunction | undefined
}

/** A finished call waiting to become a CaptureRecord; every value in it is a safe copy. */
export interface PendingCapture {
  fn: FunctionPipelineState
  args: unknown[]
  thisArg: unknown
  hasThis: boolean
  outcome: RawOutcome
  dependencies: readonly PendingDependency[]
  clock: Dependency | undefined
  startedAt: number
  durationMs: number
}

/** Captures waiting beyond this many are dropped and counted: memory stays bounded under a flood. */
export const MAX_QUEUED = 10_000
const BATCH = 500
/** Scenario ids remembered for dedupe; past this the memory is cleared and starts over. */
const MAX_SEEN = 200_000

/**
 * Exact-duplicate shortcut: the JSON of the encoded (not yet redacted) input. Encoding is
 * lossless and redaction deterministic, so the same text means the same scenario id, and the
 * costly redact → canonicalize → hash is skipped. Small inputs only, a bounded number of them.
 */
const MAX_FAST_KEYS = 10_000
const MAX_FAST_KEY_LENGTH = 1_024
const fastSeen = new Set<string>()

// A ring of pending captures: `head` is the next to process. Array#shift on a long array is
// O(n) per call; this stays O(1) and compacts once the batch is done.
let queue: PendingCapture[] = []
let head = 0
const seen = new Set<string>()
let scheduled = false
let hooked = false
let sink: CaptureSink | undefined
let sinkFailed = false

/** True when a new capture would be dropped: the hot path checks it before paying for a copy. */
export function captureQueueFull(): boolean {
  return queue.length - head >= MAX_QUEUED
}

export function enqueueCapture(pending: PendingCapture): void {
  if (queue.length - head >= MAX_QUEUED) {
    count(pending.fn.stats, 'dropped')
    return
  }
  queue.push(pending)
  if (!scheduled) {
    scheduled = true
    if (!hooked) hookProcessEnd()
    setImmediate(drainBatch).unref()
  }
}

function drainBatch(): void {
  scheduled = false
  processQueue(BATCH)
  if (queue.length - head > 0 && !scheduled) {
    scheduled = true
    setImmediate(drainBatch).unref()
  }
}

function hookProcessEnd(): void {
  hooked = true
  // Registered before the default sink is created, so the queue drains into the sink before
  // the sink's own exit hooks flush it.
  process.on('beforeExit', () => processQueue(Infinity))
  process.on('exit', () => {
    processQueue(Infinity)
    // A sink created just now, during 'exit', never gets its own exit hook: send its records in one go.
    flushSinksAtExit()
  })
}

function processQueue(limit: number): void {
  let n = 0
  while (head < queue.length && n++ < limit) {
    const pending = queue[head] as PendingCapture
    queue[head++] = undefined as unknown as PendingCapture // let the processed capture be collected
    try {
      const record = buildRecord(pending)
      if (record !== undefined) write(pending.fn, record)
    } catch (error) {
      captureFault(pending.fn.stats, `encoding ${pending.fn.functionId}`, error)
    }
  }
  if (head === queue.length) {
    queue = []
    head = 0
  }
}

function buildRecord(p: PendingCapture): CaptureRecord | undefined {
  const { fn } = p
  let fastKey: string | undefined
  // Plain-JSON arguments are their own exact key, before any encoding work.
  if (fn.dedupe && !p.hasThis && (p.args as { json?: true }).json === true) fastKey = dedupeKey(fn.functionId, JSON.stringify(p.args))
  if (fastKey !== undefined && fastSeen.has(fastKey)) {
    count(fn.stats, 'deduped')
    return undefined
  }
  const encoded = encodeRawInput(p.args, p.hasThis ? p.thisArg : undefined, fn.limits)
  if (fn.dedupe && fastKey === undefined) {
    fastKey = dedupeKey(fn.functionId, `$st:${JSON.stringify(encoded)}`)
    if (fastKey !== undefined && fastSeen.has(fastKey)) {
      count(fn.stats, 'deduped')
      return undefined
    }
  }
  const input = fn.redactor.redact(encoded as unknown as Encoded) as unknown as ScenarioInput
  const semanticId = semanticIdOf(input as unknown as Encoded)
  const key = `${fn.functionId}:${semanticId}`
  if (fn.dedupe && seen.has(key)) {
    count(fn.stats, 'deduped')
    return undefined
  }
  if (fn.maxScenarios !== undefined && fn.written >= fn.maxScenarios && fn.onLimit === 'stop') {
    fn.limited = true
    fn.fastPath = false
    count(fn.stats, 'limited')
    return undefined
  }
  if (seen.size >= MAX_SEEN) seen.clear()
  seen.add(key)
  if (fastKey !== undefined) {
    if (fastSeen.size >= MAX_FAST_KEYS) fastSeen.clear()
    fastSeen.add(fastKey)
  }
  const dependencies = p.dependencies
    .slice()
    .sort((a, b) => a.order - b.order)
    .map((d) => encodeDependency(d, fn.redactor, fn.limits))
  if (p.clock !== undefined) dependencies.push(p.clock)
  const record: CaptureRecord = {
    v: 1,
    functionId: fn.functionId,
    semanticId,
    input,
    outcome: encodeOutcome(p.outcome, fn.redactor, fn.limits),
    dependencies,
    capturedAt: new Date(p.startedAt).toISOString(),
    durationMs: Math.max(0, p.durationMs),
    source: source(),
  }
  if (fn.module !== undefined) record.module = fn.module
  if (fn.exportName !== undefined) record.exportName = fn.exportName
  if (fn.label !== undefined) {
    const own = { args: encoded.args as Encoded[], ...(encoded.this === undefined ? {} : { this: encoded.this as Encoded }) }
    const label = labelOf(fn.label, p.args, p.hasThis ? p.thisArg : undefined, own, input as { args: Encoded[]; this?: Encoded }, fn.redactor, (error) =>
      captureFault(fn.stats, `the label option of ${fn.functionId} (default label used)`, error),
    )
    if (label !== undefined) record.label = label
  }
  fn.written++
  if (fn.maxScenarios !== undefined && fn.written >= fn.maxScenarios) {
    fn.limited = true
    fn.fastPath = false
  }
  return record
}

function dedupeKey(functionId: string, text: string): string | undefined {
  return text.length <= MAX_FAST_KEY_LENGTH ? `${functionId}\u0000${text}` : undefined
}

function write(fn: FunctionPipelineState, record: CaptureRecord): void {
  const target = activeSink()
  if (target === undefined) {
    count(fn.stats, 'dropped')
    return
  }
  const before = target.stats().dropped
  try {
    target.write(record)
  } catch (error) {
    // The sink contract says write never throws; a sink that does still must not reach the host.
    captureFault(fn.stats, 'sink write', error)
    return
  }
  if (target.stats().dropped > before) count(fn.stats, 'dropped')
  else count(fn.stats, 'captured')
}

let cachedSource: Source | undefined
function source(): Source {
  if (cachedSource !== undefined) return cachedSource
  const env = process.env
  const kind: Source['kind'] = env['SHADOWTEST_RUN_ID'] !== undefined ? 'record' : env['VITEST'] !== undefined ? 'vitest' : env['JEST_WORKER_ID'] !== undefined ? 'jest' : 'record'
  // Cached: a forked worker is a new process with its own module state, so its own pid.
  const s: Source = { kind, host: hostname(), pid: process.pid }
  const runId = env['SHADOWTEST_RUN_ID']
  if (runId !== undefined && runId !== '') s.runId = runId
  return (cachedSource = s)
}

/**
 * Set to `true` on `globalThis` by the matchers' Vitest setup entry, which loads the matchers (and
 * so this runtime) only after the test file has started loading: a test worker's captures belong
 * in memory (`testCaptureSink`), also those made before the matchers install that sink.
 */
const TEST_CAPTURES = Symbol.for('shadowtest.testCaptures')
let testSink: MemorySink | undefined

/** The memory sink a test worker's captures go to (the matchers hand them to the store by update mode). */
export function testCaptureSink(): MemorySink {
  return (testSink ??= createMemorySink())
}

function activeSink(): CaptureSink | undefined {
  if (sink !== undefined || sinkFailed) return sink
  if ((globalThis as Record<symbol, unknown>)[TEST_CAPTURES] === true) return (sink = testCaptureSink())
  try {
    const settings = captureSettings()
    const config = settings.config
    if (config === undefined) throw new Error('no configuration loaded, so no capture directory')
    // NDJSON files under captureDir, or Postgres when capture.sink / SHADOWTEST_SINK says so (docs/sinks.md).
    sink = createConfiguredSink({ ...config, captureDir: resolve(config.rootDir, config.captureDir) })
  } catch (error) {
    sinkFailed = true
    captureFault(undefined, 'creating the capture sink', error)
  }
  return sink
}

/** Sends captures to `next` instead of the default NDJSON sink (tests, embedders); returns the previous one. */
export function setCaptureSink(next: CaptureSink | undefined): CaptureSink | undefined {
  const previous = sink
  sink = next
  sinkFailed = false
  return previous
}

/** Processes every queued capture now, then flushes the sink. */
export async function flushCaptures(): Promise<void> {
  processQueue(Infinity)
  await sink?.flush()
}

/** Forgets which scenario ids were written (tests; a long-lived process starting a new window). */
export function resetCaptureDedupe(): void {
  seen.clear()
  fastSeen.clear()
}
