import { captureFault } from '../capture/capture-stats.js'
import { captureSettings } from '../capture/capture-settings.js'
import { installClock } from './clock/clock-transport.js'
import { httpTransportOptionsFromConfig, installHttpGuards } from './http/index.js'

let installed = false

/**
 * Applies the dependency transports (clock, fetch/http guards) the first time a scenario opens, so
 * a process that never records nor replays is never patched. Idempotent; never throws: a
 * transport that cannot be applied is counted as a capture fault and the call goes on.
 */
export function ensureTransports(): void {
  if (installed) return
  installed = true
  const settings = captureSettings()
  try {
    if (settings.clock) installClock()
  } catch (error) {
    captureFault(undefined, 'installing the clock transport', error)
  }
  try {
    // The config's secret keys the masks of credential headers, like every other mask. Only the
    // guards: the interceptors load when a scenario first reaches for the network.
    installHttpGuards(settings.config === undefined ? {} : httpTransportOptionsFromConfig(settings.config))
  } catch (error) {
    captureFault(undefined, 'installing the fetch/http transport', error)
  }
}
