import type { Redactor } from '@shadowtest/core'
import type { RawDependency, RecordScope } from '../context.js'
import { RecordingClock } from '../transports/clock/clock-transport.js'

/** A recorded dependency with its call-order slot, plus how to redact it (nested calls use their own redaction). */
export type PendingDependency = RawDependency & { order: number; redactor?: Redactor }

/** Dependencies past this many in one scenario are dropped (and the record says so through stats). */
export const MAX_DEPENDENCIES = 1_000

/** The scope of one scenario being recorded: collects raw dependencies in call order. */
export class RecordingScope implements RecordScope {
  readonly mode = 'record' as const
  readonly clock: RecordingClock
  readonly dependencies: PendingDependency[] = []
  /** Dependencies not kept because the scenario hit MAX_DEPENDENCIES. */
  overflow = 0
  private order = 0
  closed = false

  constructor(
    readonly functionId: string,
    recordClock = true,
    startedAt?: number,
  ) {
    this.clock = new RecordingClock(recordClock, startedAt)
  }

  nextOrder(): number {
    return this.order++
  }

  recordDependency(dependency: RawDependency): void {
    this.add(dependency, undefined)
  }

  /** Like recordDependency, with the redactor of the nested captured function that produced it. */
  add(dependency: RawDependency, redactor: Redactor | undefined): void {
    // A dependency finishing after its scenario was handed to the pipeline cannot be part of it.
    if (this.closed) return
    if (this.dependencies.length >= MAX_DEPENDENCIES) {
      this.overflow++
      return
    }
    const order = dependency.order ?? this.nextOrder()
    const pending = { ...dependency, order } as PendingDependency
    if (redactor !== undefined) pending.redactor = redactor
    this.dependencies.push(pending)
  }
}
