import { constants } from 'node:os'
import { sinkDebug } from './debug-log.js'

/** What a sink gives the process hooks: an async flush for graceful moments, a sync one for the end. */
export interface ExitFlushable {
  flush(): Promise<void>
  flushSync(): void
  hasPending(): boolean
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const
type HandledSignal = (typeof SIGNALS)[number]

/*
 * Process-wide by nature: 'exit', 'beforeExit' and signals belong to the process, so the hooks
 * are installed once for every live sink and removed when the last one closes.
 */
const live = new Set<ExitFlushable>()
let installed = false

// True once the process is emitting 'exit' (set by a listener installed with the runtime).
export { processExiting } from './process-exiting.js'

function onBeforeExit(): void {
  // The loop is empty: an async flush here keeps it alive just long enough, and beforeExit
  // fires again afterwards, when nothing is pending any more.
  for (const sink of live) if (sink.hasPending()) void sink.flush()
}

function onExit(): void {
  // process.exit() or the end of the loop: only synchronous work still runs.
  for (const sink of live) {
    try {
      sink.flushSync()
    } catch (error) {
      sinkDebug('final flush failed', error)
    }
  }
}

/**
 * Signal listeners installed by signal-exit (used by proper-lockfile, write-file-atomic, execa…),
 * which only act when nobody else listens: they are not the host's shutdown logic. Counted through
 * the globals signal-exit v3 and v4 keep for exactly this purpose (one listener per loaded copy).
 */
function cooperativeListeners(): number {
  const v3 = (process as { __signal_exit_emitter__?: { count?: unknown } }).__signal_exit_emitter__?.count
  const v4 = (globalThis as Record<symbol, { count?: unknown } | undefined>)[Symbol.for('signal-exit emitter')]?.count
  return (typeof v3 === 'number' ? v3 : 0) + (typeof v4 === 'number' ? v4 : 0)
}

function onSignal(signal: HandledSignal): void {
  // A host that listens for the signal owns the shutdown: flush and let it decide when to exit.
  if (process.listenerCount(signal) - 1 - cooperativeListeners() > 0) {
    for (const sink of live) void sink.flush()
    return
  }
  // Nobody else listens: without us Node would have died of the signal. Flush, then end the
  // way a shell reports a signal death (128 + signal number); 'exit' still runs signal-exit's
  // callbacks (lock files are released).
  onExit()
  uninstall()
  process.exit(128 + constants.signals[signal])
}

const signalHandlers = Object.fromEntries(SIGNALS.map((s) => [s, () => onSignal(s)])) as Record<HandledSignal, () => void>

function install(): void {
  if (installed) return
  installed = true
  process.on('beforeExit', onBeforeExit)
  process.on('exit', onExit)
  for (const signal of SIGNALS) process.on(signal, signalHandlers[signal])
}

function uninstall(): void {
  if (!installed) return
  installed = false
  process.off('beforeExit', onBeforeExit)
  process.off('exit', onExit)
  for (const signal of SIGNALS) process.off(signal, signalHandlers[signal])
}

/**
 * The last synchronous flush of every live sink, for the capture pipeline's own 'exit' listener:
 * it drains its queue into the sinks first, possibly into a sink it only creates then, whose own
 * 'exit' listener (added during the emit) would never run.
 */
export function flushSinksAtExit(): void {
  onExit()
}

/** Registers a sink for flush on exit and on SIGINT/SIGTERM; the returned function unregisters it. */
export function registerExitFlush(sink: ExitFlushable): () => void {
  live.add(sink)
  install()
  return () => {
    live.delete(sink)
    if (live.size === 0) uninstall()
  }
}
