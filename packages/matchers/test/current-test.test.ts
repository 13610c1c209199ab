import { afterAll, beforeEach, describe, expect, test } from 'vitest'
import { currentTask, rememberTestFile, type TaskLike } from '../src/current-test.js'

// Where toMatchBaseline leaves its results for the reporter (see currentTask).

test('with this.task the results go on that test', async ({ task }) => {
  expect(await currentTask({ task })).toBe(task)
})

test("without this.task they go on the running test's file, which concurrent tests share", async ({ task }) => {
  const found = await currentTask({})
  expect(found).toBe(task.file)
  expect(found).not.toBe(task)
})

let outsideAnyTest: TaskLike | undefined
describe('when no test is running (a concurrent sibling has finished)', () => {
  beforeEach(({ task }) => rememberTestFile(task))
  test('a test of this file runs first', () => {})
  afterAll(async () => {
    outsideAnyTest = await currentTask({})
  })
})

test('they go on the file of the last test that started (remembered by the setup beforeEach)', ({ task }) => {
  expect(outsideAnyTest).toBeDefined()
  expect(outsideAnyTest).toBe(task.file)
})
