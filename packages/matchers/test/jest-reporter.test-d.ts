import type { Reporter, ReporterContext } from '@jest/reporters'
import type { AggregatedResult } from '@jest/test-result'
import type { Config } from '@jest/types'
import { expectTypeOf, test } from 'vitest'
import ShadowtestJestReporter from '../src/jest-reporter.js'

test("the reporter is a Jest 30 Reporter, constructed the way Jest constructs custom reporters", () => {
  expectTypeOf<ShadowtestJestReporter>().toExtend<Reporter>()
  // jest-core: `new Reporter(this._globalConfig, options, this._context)`
  expectTypeOf(ShadowtestJestReporter).toExtend<new (globalConfig: Config.GlobalConfig, options: Record<string, unknown>, context: ReporterContext) => Reporter>()
  expectTypeOf<AggregatedResult>().toExtend<Parameters<ShadowtestJestReporter['onRunComplete']>[1]>()
})
