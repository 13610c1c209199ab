/*
 * A sink can be created, or written to, while 'exit' is being emitted (the capture pipeline
 * drains its queue from its own 'exit' listener): listeners added then never run, and no timer
 * or async write will either. This flag, set before any other 'exit' listener runs, tells sinks
 * to write synchronously from then on.
 *
 * Its own small module, loaded with the runtime: the sinks themselves are loaded on first use
 * (lazy.ts), possibly during 'exit', when a listener added would never run.
 */
let exiting = false
process.prependListener('exit', () => {
  exiting = true
})

/** True once the process is emitting 'exit': only synchronous writes can still land. */
export function processExiting(): boolean {
  return exiting
}
