import { describe, expect, it } from 'vitest'
import * as lazy from '../src/runtime/sinks/lazy.js'
import * as sinks from '../src/runtime/sinks/index.js'
import * as runtime from '../src/runtime/index.js'

// lazy.ts is the sinks API the runtime exports, with the heavy half loaded on first use (in the
// bundle; here load.ts is a static import). It must export exactly what the sinks module does.
describe('the runtime view of the sinks (lazy.ts)', () => {
  it('exports every value the sinks module exports, and nothing else', () => {
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(sinks).sort())
    for (const key of Object.keys(sinks)) expect(key in runtime, key).toBe(true)
  })

  it('each export is the module\'s own value or a function of the same arity that forwards to it', () => {
    for (const [key, value] of Object.entries(sinks)) {
      const mine = (lazy as Record<string, unknown>)[key]
      if (mine === value) continue
      expect(typeof value, key).toBe('function')
      expect(typeof mine, key).toBe('function')
      // A forwarder passes its arguments on: the same count as the original declares (default parameters excepted).
      expect((mine as (...args: unknown[]) => unknown).length, key).toBeGreaterThanOrEqual((value as (...args: unknown[]) => unknown).length)
    }
  })

  it('the forwarders give what the module gives', async () => {
    const missing = '/nonexistent/shadowtest-lazy-test'
    const a = lazy.readCaptures(missing)
    const b = sinks.readCaptures(missing)
    const collect = async (r: AsyncIterable<unknown>) => {
      const out: unknown[] = []
      for await (const x of r) out.push(x)
      return out
    }
    expect(await collect(a)).toEqual(await collect(b))
    expect(a.issues).toEqual(b.issues)
    expect(await collect(lazy.readCapturesFrom(missing))).toEqual(await collect(sinks.readCapturesFrom(missing)))
    expect(() => lazy.flushSinksAtExit()).not.toThrow()
  })
})
