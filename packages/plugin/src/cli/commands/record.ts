import { ShadowtestError } from '@shadowtest/core'
import type { Register } from '../index.js'

// Placeholder registration until the owning work lands; replaced by the real command.
export const registerRecord: Register = (cli, _ctx, run) => {
  cli.command('record', 'not available yet').allowUnknownOptions().action(() =>
    run(() => {
      throw new ShadowtestError('CLI:UNAVAILABLE', 'shadowtest record is not available in this build.')
    }),
  )
}
