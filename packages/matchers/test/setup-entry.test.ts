import { afterAll, describe, expect, test } from 'vitest'
import { currentTask, type TaskLike } from '../src/current-test.js'
// The Vitest setup entry, imported the way `setupFiles` runs it: while this file is collected.
import '../src/vitest.js'

// The setup entry remembers each test file once, when it starts (a `beforeAll`, not a hook on
// every test): results a matcher call cannot put on its test go on that file.

let outsideAnyTest: TaskLike | undefined
describe('when no test is running', () => {
  test('a test of this file runs first', () => {})
  afterAll(async () => {
    outsideAnyTest = await currentTask({})
  })
})

test("results go on the running file's task, remembered by the setup entry", ({ task }) => {
  expect(outsideAnyTest).toBeDefined()
  expect(outsideAnyTest).toBe(task.file)
})

test('the setup entry adds no hook to each test (each hook is a timer, events and a `hooks` entry sent per test)', ({ task }) => {
  expect(task.result?.hooks?.beforeEach).toBeUndefined()
  expect(task.file.result?.hooks?.beforeAll).toBe('pass')
})
