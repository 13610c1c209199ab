import { ShadowtestError } from '@shadowtest/core'
import type { Register } from '../index.js'

// Placeholder registration until the owning work lands; replaced by the real command.
export const registerApprove: Register = (cli, _ctx, run) => {
  cli.command('approve', 'not available yet').allowUnknownOptions().action(() =>
    run(() => {
      throw new ShadowtestError('CLI:UNAVAILABLE', 'shadowtest approve is not available in this build.')
    }),
  )
}
