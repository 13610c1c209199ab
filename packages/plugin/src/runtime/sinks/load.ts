import * as sinks from './index.js'

/**
 * The sinks module (index.ts), for lazy.ts. Here a static import: unit tests and tsc's dist/ use it
 * as is. The published bundle replaces this module (scripts/bundle.mjs) with one that loads
 * dist/bundle/sinks.js synchronously on the first call, so a process that never creates a sink
 * or reads captures (a gate worker, which records test captures in memory) does not load it.
 */
export function loadSinks(): typeof sinks {
  return sinks
}

/** True once loadSinks() has loaded the module (always, here). */
export function sinksLoaded(): boolean {
  return true
}
