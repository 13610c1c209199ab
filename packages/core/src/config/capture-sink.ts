import { ShadowtestError } from '../errors.js'
import { configError, describeValue } from './config-error.js'
import { didYouMean } from './did-you-mean.js'
import type { CaptureSinkConfig, CaptureSinkKind, ResolvedCaptureSink } from './types.js'

export const CAPTURE_SINK_KINDS: readonly CaptureSinkKind[] = ['ndjson', 'postgres']
/** The variable `capture.sink.urlEnv` defaults to, and the one that wins over it when set. */
export const DEFAULT_PG_URL_ENV = 'SHADOWTEST_PG_URL'
// The schema holds the same two patterns (capture.sink.table, capture.sink.urlEnv).
const TABLE = /^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$/
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

type Env = Record<string, string | undefined>

function unknownKind(configFile: string | undefined, keyPath: string, kind: string): ShadowtestError {
  const suggestion = didYouMean(kind, CAPTURE_SINK_KINDS)
  return configError(
    configFile,
    keyPath,
    `unknown sink kind ${JSON.stringify(kind)}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Known kinds: ${CAPTURE_SINK_KINDS.join(', ')}.`,
    { suggestion },
  )
}

/**
 * Checks `capture.sink` before the schema does, for messages the schema cannot give: a close
 * match for a mistyped kind, and a `urlEnv` holding a URL instead of a variable name, reported
 * without echoing it (it would carry a password into logs). Shapes it does not recognise are
 * left to the schema.
 */
export function checkCaptureSink(capture: unknown, configFile: string | undefined): void {
  if (capture === null || typeof capture !== 'object' || Array.isArray(capture)) return
  const sink = (capture as { sink?: unknown }).sink
  if (typeof sink === 'string') {
    if (!(CAPTURE_SINK_KINDS as readonly string[]).includes(sink)) throw unknownKind(configFile, 'capture.sink', sink)
    return
  }
  if (sink === null || typeof sink !== 'object' || Array.isArray(sink)) return
  const { kind, table, urlEnv } = sink as Record<string, unknown>
  if (kind === undefined) throw configError(configFile, 'capture.sink.kind', `missing (required): one of ${CAPTURE_SINK_KINDS.map((k) => JSON.stringify(k)).join(', ')}.`)
  if (typeof kind !== 'string') throw configError(configFile, 'capture.sink.kind', `expected one of ${CAPTURE_SINK_KINDS.map((k) => JSON.stringify(k)).join(', ')}, got ${describeValue(kind)}.`)
  if (!(CAPTURE_SINK_KINDS as readonly string[]).includes(kind)) throw unknownKind(configFile, 'capture.sink.kind', kind)
  if (typeof urlEnv === 'string' && !ENV_NAME.test(urlEnv)) {
    throw configError(
      configFile,
      'capture.sink.urlEnv',
      'must be the name of the environment variable holding the connection URL (letters, digits and _, e.g. "DATABASE_URL"), not the URL itself: keep credentials out of the config file.',
    )
  }
  if (typeof table === 'string' && !TABLE.test(table)) {
    throw configError(configFile, 'capture.sink.table', `expected a table name or schema.table of letters, digits and _ (at most 63 each), got ${describeValue(table)}.`)
  }
  if (kind === 'ndjson') {
    for (const key of ['table', 'urlEnv'] as const) {
      if ((sink as Record<string, unknown>)[key] !== undefined) throw configError(configFile, `capture.sink.${key}`, `applies to kind "postgres" only; the ndjson sink writes files under captureDir.`)
    }
  }
}

/**
 * The sink from the (validated) file, with `SHADOWTEST_SINK` and `SHADOWTEST_PG_TABLE` winning
 * over it. The connection URL is not resolved here: it is read from the environment when the
 * sink is made, so it never sits in a resolved config that may be printed.
 */
export function resolveCaptureSink(sink: CaptureSinkConfig | undefined, env: Env): ResolvedCaptureSink {
  const file: { kind: CaptureSinkKind; table?: string; urlEnv?: string } = typeof sink === 'string' ? { kind: sink } : (sink ?? { kind: 'ndjson' })
  const raw = env.SHADOWTEST_SINK
  const override = (raw ?? '').trim().toLowerCase()
  let kind: CaptureSinkKind = file.kind
  if (override === 'ndjson') kind = 'ndjson'
  else if (override === 'postgres' || override === 'postgresql') kind = 'postgres'
  else if (override !== '') {
    const suggestion = didYouMean(override, CAPTURE_SINK_KINDS)
    throw new ShadowtestError(
      'CONFIG:INVALID',
      `environment variable SHADOWTEST_SINK=${JSON.stringify(raw)}: expected ${CAPTURE_SINK_KINDS.join(' | ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      { details: { env: 'SHADOWTEST_SINK', value: raw, suggestion } },
    )
  }
  if (kind === 'ndjson') return { kind }
  // A kind switched by SHADOWTEST_SINK keeps nothing from another kind's settings.
  const fromFile = file.kind === 'postgres' ? file : { table: undefined, urlEnv: undefined }
  let table: string | undefined = fromFile.table
  const envTable = env.SHADOWTEST_PG_TABLE
  if (envTable !== undefined && envTable !== '') {
    if (!TABLE.test(envTable)) {
      throw new ShadowtestError('CONFIG:INVALID', `environment variable SHADOWTEST_PG_TABLE=${JSON.stringify(envTable)}: expected a table name or schema.table of letters, digits and _.`, {
        details: { env: 'SHADOWTEST_PG_TABLE', value: envTable },
      })
    }
    table = envTable
  }
  return { kind, table, urlEnv: fromFile.urlEnv ?? DEFAULT_PG_URL_ENV }
}
