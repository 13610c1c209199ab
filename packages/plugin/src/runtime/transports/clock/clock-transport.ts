import type { ClockDependency } from '@shadowtest/core'
import { anyScopeOpen, currentScope } from '../../context.js'
import type { ScopeClock } from '../../context.js'

/**
 * The clock transport: inside a scenario, `Date.now()` and `new Date()` (no arguments) are
 * recorded (record) or answered from the recording (replay). Patched once, lazily, the first
 * time a scope opens; outside every scenario the cost is one counter check.
 *
 * `Date` is replaced by a Proxy of the real constructor, so `new Date(x)`, `Date.UTC`,
 * `Date.parse`, `Date.prototype` and `instanceof Date` behave exactly as before; `Date.now` is
 * patched on the real constructor, so references taken before the patch see it too.
 */

const RealDate = Date
const realNow = Date.now.bind(Date)

/** Wall-clock ms, never recorded nor replayed: for Shadowtest's own timestamps. */
export const wallNow: () => number = realNow

/** Reads past this many are still answered but not stored, so a busy loop cannot grow memory. */
export const MAX_RECORDED_READS = 10_000

let installed: (() => void) | undefined

/** Installs the patch if it is not installed yet; returns the disposer (restores the originals). */
export function installClock(): () => void {
  if (installed !== undefined) return installed
  const originalNow = RealDate.now
  const originalDate = globalThis.Date
  RealDate.now = function now(): number {
    if (!anyScopeOpen()) return realNow()
    const scope = currentScope()
    return scope === undefined ? realNow() : scope.clock.read()
  }
  globalThis.Date = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      if (args.length === 0 && anyScopeOpen()) {
        const scope = currentScope()
        if (scope !== undefined) return Reflect.construct(target, [scope.clock.read()], newTarget) as object
      }
      return Reflect.construct(target, args, newTarget) as object
    },
    apply(target, thisArg, args) {
      // Date() called as a function returns a string for "now".
      if (anyScopeOpen()) {
        const scope = currentScope()
        if (scope !== undefined) return new target(scope.clock.read()).toString()
      }
      return Reflect.apply(target, thisArg, args) as string
    },
  })
  installed = () => {
    RealDate.now = originalNow
    globalThis.Date = originalDate
    installed = undefined
  }
  return installed
}

/** The clock of a scenario being recorded: real time, every read kept. */
export class RecordingClock implements ScopeClock {
  readonly start: number
  readonly reads: number[] = []

  /**
   * `record` false (config capture.clock: false): real time, nothing kept. `start`: wall-clock
   * ms when the scenario started, when the caller already read the time.
   */
  constructor(
    private readonly record = true,
    start?: number,
  ) {
    this.start = start ?? realNow()
  }

  read(): number {
    const t = realNow()
    if (this.record && this.reads.length < MAX_RECORDED_READS) this.reads.push(t)
    return t
  }

  /** The clock dependency to store, or undefined when the code never read the clock. */
  toDependency(): ClockDependency | undefined {
    return this.reads.length === 0 ? undefined : { kind: 'clock', start: this.start, reads: this.reads }
  }
}

/**
 * The clock of a scenario being replayed: the recorded reads, in order. Once they run out, time
 * continues from the last recorded value plus the real time elapsed since (never going back),
 * so code that polls the clock still sees it move.
 */
export class ReplayingClock implements ScopeClock {
  readonly start: number
  private readonly reads: readonly number[]
  private next = 0
  private exhaustedAt: number | undefined

  constructor(recorded: ClockDependency | undefined) {
    this.start = recorded?.start ?? realNow()
    this.reads = recorded?.reads ?? []
  }

  read(): number {
    const recorded = this.reads[this.next]
    if (recorded !== undefined) {
      this.next++
      return recorded
    }
    const last = this.reads.length === 0 ? this.start : (this.reads[this.reads.length - 1] as number)
    this.exhaustedAt ??= realNow()
    return last + (realNow() - this.exhaustedAt)
  }

  /** How many recorded reads the replay consumed. */
  get consumed(): number {
    return this.next
  }
}
