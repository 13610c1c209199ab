import { expect, test } from 'vitest'
import { exportedNames } from '../src/module-exports.js'

test('finds exported consts, functions, classes and named export lists', () => {
  const names = exportedNames(`
    import { capture } from '@shadowtest/plugin'
    export const quote = capture(function quote() { return 1 })
    export function tax() {}
    export class Billing { invoice() {} }
    const hidden = 1
    function helper() {}
    export { helper, hidden as visible }
    export type Order = { id: string }
  `)
  expect([...(names ?? [])].sort()).toEqual(['Billing', 'helper', 'quote', 'tax', 'visible'])
})

test('a wholesale re-export makes the export list unknown', () => {
  expect(exportedNames("export * from './other.js'\nexport const a = 1")).toBeUndefined()
})
