import { expect, test } from 'vitest'
import { partialRunReason, type JestRunCounts, type JestRunFilters } from '../src/jest-run-scope.js'

const full: JestRunCounts = {
  numPendingTests: 0,
  numTodoTests: 0,
  numRuntimeErrorTestSuites: 0,
  numTotalTestSuites: 3,
  testResults: [{}, {}, {}],
  wasInterrupted: false,
}

test('a run with no filter where every test file finished is full', () => {
  expect(partialRunReason({ testPathPatterns: { isSet: () => false }, onlyChanged: false, shard: { shardIndex: 1, shardCount: 1 } }, full)).toBeUndefined()
  expect(partialRunReason({}, full)).toBeUndefined()
})

test.each<[string, JestRunFilters, Partial<JestRunCounts>, RegExp]>([
  ['-t', { testNamePattern: 'quote' }, {}, /name filter/],
  ['a path pattern (Jest 30)', { testPathPatterns: { isSet: () => true } }, {}, /path pattern/],
  ['a path pattern (plain data)', { testPathPatterns: { patterns: ['pricing'] } }, {}, /path pattern/],
  ['a path pattern (Jest 29)', { testPathPattern: 'pricing' }, {}, /path pattern/],
  ['--onlyChanged / --watch', { onlyChanged: true }, {}, /changed files/],
  ['--changedSince', { changedSince: 'main' }, {}, /changed files/],
  ['--findRelatedTests', { findRelatedTests: true }, {}, /related/],
  ['--onlyFailures', { onlyFailures: true }, {}, /failed tests/],
  ['--filter', { filter: '/abs/filter.js' }, {}, /--filter/],
  ['--shard 1/2', { shard: { shardIndex: 1, shardCount: 2 } }, {}, /shard/],
  ['an interrupted run', {}, { wasInterrupted: true }, /interrupted/],
  ['--bail stopped early', {}, { testResults: [{}] }, /finished/],
  ['a test file that failed to run', {}, { numRuntimeErrorTestSuites: 1 }, /failed to run/],
  ['test.skip', {}, { numPendingTests: 2 }, /skipped/],
  ['test.todo', {}, { numTodoTests: 1 }, /todo/],
])('%s makes the run partial', (_name, filters, counts, reason) => {
  expect(partialRunReason(filters, { ...full, ...counts })).toMatch(reason)
})
