import { ShadowtestError, decodeInput, encode, encodeJson, encodesToItself, parseScenarioId, resolvePolicy } from '@shadowtest/core'
import type { Dependency, DiffPolicyInput, Encoded, EncodeOptions, HttpOriginMatch, Outcome, RedactionOptions, Redactor, ResolvedPolicy, ScenarioInput } from '@shadowtest/core'
import type { DependencyIssue, RawOutcome } from '../context.js'
import { openScopes, runInScope } from '../context.js'
import { getCaptureInfo } from '../capture/capture-info.js'
import { captureSettings, type CaptureSettings } from '../capture/capture-settings.js'
import { encodeOutcome, redactorFor } from '../capture/encode-record.js'
import { lastCopyWasJson, safeCopy } from '../capture/safe-copy.js'
import { ensureTransports } from '../transports/install-transports.js'
import { ReplayingScope } from './replay-scope.js'
import type { ReplayMode } from './replay-scope.js'

/** The parts of a stored scenario (or a capture record) replay needs. */
export interface ReplayableScenario {
  /** "<function id>:<semantic id>", named in errors. */
  id?: string
  input: ScenarioInput
  dependencies?: readonly Dependency[]
  /** The recorded outcome: returned as is by `validation-only`. */
  outcome?: Outcome
}

export interface ReplayOptions {
  /** `strict` (default): dependency inputs must be identical. `tolerant`: equal under `policy`. `validation-only`: decode and check, do not run. */
  mode?: ReplayMode
  /** Diff policy for tolerant dependency matching (default: the config's `diff`, else core defaults). */
  policy?: DiffPolicyInput | ResolvedPolicy
  /** Receiver for the call; default: the recorded `this` (decorated methods), else undefined. */
  thisArg?: unknown
  /** Whether HTTP exchanges must match the recorded origin too (default: config `replay.http.origin`, else `ignore`). */
  httpOrigin?: HttpOriginMatch
}

export interface ReplayResult {
  /** What the function did, encoded and redacted exactly as capture stores outcomes. */
  outcome: Outcome
  /** Unrecorded calls, unused recordings and transport failures, in the order found. */
  issues: DependencyIssue[]
  durationMs: number
  /** False for `validation-only`. */
  ran: boolean
}

type Original = (this: unknown, ...args: unknown[]) => unknown

/**
 * Re-executes `fn` on a recorded scenario: the input is decoded, the real function runs, and
 * inside its async context nested captured functions, the clock and fetch/http are served
 * from the recording. Concurrent replays never see each other's dependencies.
 *
 * ```ts
 * const result = await replay(quote, scenario, { mode: 'strict' })
 * expect(result.outcome).toEqual(scenario.outcome)
 * ```
 */
// `fn` is `any`-typed like capture()'s constraint, not `never`: an inline function's parameters
// take their types from here (`never` made `replay((order) => order.total, s)` a type error),
// and any function, typed, JavaScript or a method with `this`, is accepted as it is.
export async function replay(fn: (this: any, ...args: any[]) => unknown, scenario: ReplayableScenario, options: ReplayOptions = {}): Promise<ReplayResult> {
  return replayEagerly(fn, scenario, options)
}

/**
 * `replay`, but a function that returns a plain value (not a native promise) is replayed and
 * answered synchronously: nothing awaits, so a gate over thousands of synchronous scenarios
 * creates no promise per scenario (each one pays the async hooks AsyncLocalStorage turns on).
 * A function that returns a promise gets a promise, exactly as from `replay`. Bad input throws
 * synchronously here (`replay` rejects with the same error). Internal: what `replay` runs; the
 * matchers' loop prepares once (`prepareReplay`) and calls `replayPrepared` per scenario.
 */
export function replayEagerly(fn: (this: any, ...args: any[]) => unknown, scenario: ReplayableScenario, options: ReplayOptions = {}): ReplayResult | Promise<ReplayResult> {
  return replayPrepared(prepareReplay(fn, options, scenario), scenario)
}

/**
 * What `replayEagerly` works out from the function and the options alone, for a loop that
 * replays many scenarios of one function (`checkBaseline`): the options checked, the capture
 * settings, the redactor (SHADOWTEST_SECRET read once, when prepared), the resolved policy and how
 * outcomes are encoded. Prepare one per loop, so a changed secret or config counts from the next.
 * Internal: the matchers' loop.
 */
export interface ReplayPlan {
  readonly mode: ReplayMode
  readonly fn: (this: any, ...args: any[]) => unknown
  readonly info: ReturnType<typeof getCaptureInfo>
  readonly original: Original
  readonly settings: CaptureSettings
  readonly redactor: Redactor
  readonly options: ReplayOptions
  readonly httpOrigin: HttpOriginMatch
  /** Resolved on the first replay that runs (validation-only never resolves it). */
  policy: ResolvedPolicy | undefined
  /** `{ ...encoding limits, redactor }` for a one-walk encode; undefined: encode, then redact. */
  readonly inlineOptions: { return: EncodeOptions | undefined; throw: EncodeOptions | undefined }
  /** The redactor's inline `string` of each outcome kind, when encoding inline (worked out on first use). */
  readonly kindText: { return?: string; throw?: string }
  readonly inline: ReturnType<Redactor['inline']>
}

/**
 * Checks the options and the function and works out what all replays of `fn` share; throws what
 * `replayEagerly` throws for them (`scenario` only locates the error for a non-function).
 */
export function prepareReplay(fn: (this: any, ...args: any[]) => unknown, options: ReplayOptions = {}, scenario?: ReplayableScenario): ReplayPlan {
  const mode = options.mode ?? 'strict'
  if (mode !== 'strict' && mode !== 'tolerant' && mode !== 'validation-only') {
    throw new ShadowtestError('REPLAY:INVALID_OPTIONS', `Unknown replay mode ${JSON.stringify(mode)}: use 'strict', 'tolerant' or 'validation-only'.`)
  }
  if (options.httpOrigin !== undefined && options.httpOrigin !== 'ignore' && options.httpOrigin !== 'match') {
    throw new ShadowtestError('REPLAY:INVALID_OPTIONS', `Unknown httpOrigin ${JSON.stringify(options.httpOrigin)}: use 'ignore' or 'match'.`)
  }
  if (typeof fn !== 'function') {
    throw new ShadowtestError('REPLAY:INVALID_OPTIONS', `replay() needs the function to run, got ${typeof fn}.`, scenarioLocation(scenario))
  }
  const info = getCaptureInfo(fn)
  const settings = captureSettings()
  const redactor = replayRedactor(settings, info?.options.redact)
  // encodeOutcome (encode, then redact the `{ kind, value | error }` wrapper) in one walk: see encodeReplayedOutcome.
  const inline = redactor.enabled ? redactor.inline() : undefined
  const inlineFor = (field: string): EncodeOptions | undefined =>
    inline === undefined || inline.key('kind') !== 0 || inline.key(field) !== 0 ? undefined : { ...settings.encoding, redactor }
  const inlineOptions = { return: inlineFor('value'), throw: inlineFor('error') }
  return {
    mode,
    fn,
    info,
    original: (info?.original ?? fn) as Original,
    settings,
    redactor,
    options,
    httpOrigin: options.httpOrigin ?? settings.config?.replay.http.origin ?? 'ignore',
    policy: undefined,
    inlineOptions,
    kindText: {},
    inline,
  }
}

/** `replayEagerly` for a prepared function and options. */
export function replayPrepared(plan: ReplayPlan, scenario: ReplayableScenario): ReplayResult | Promise<ReplayResult> {
  const info = plan.info
  const functionId = info?.functionId ?? functionIdOf(scenario) ?? (plan.fn.name || 'anonymous')
  const redactor = plan.redactor
  const dependencies = checkDependencies(scenario)
  const input = decodeScenarioInput(scenario)

  if (plan.mode === 'validation-only') {
    return { outcome: scenario.outcome ?? { kind: 'return', value: { $st: 'undefined' } }, issues: [], durationMs: 0, ran: false }
  }

  const policy = (plan.policy ??= resolvePolicy(plan.options.policy ?? plan.settings.config?.diff))
  const scope = new ReplayingScope(functionId, scenario.id, dependencies, plan.mode, policy, redactor, plan.httpOrigin)
  const options = plan.options
  const thisArg = 'thisArg' in options ? options.thisArg : input.this
  const original = plan.original
  ensureTransports()
  openScopes.count++
  const started = performance.now()
  let value: unknown
  try {
    // Like capture (call-paths.ts): a native promise is followed, any other value (a sync result,
    // a foreign thenable such as a lazy query builder) is the outcome as returned, copied now.
    value = runInScope(scope, () => original.apply(thisArg, input.args))
  } catch (error) {
    openScopes.count--
    return finish({ kind: 'throw', error }, started, scope, plan)
  }
  if (value instanceof Promise) return settle(value, started, scope, plan)
  openScopes.count--
  return finish({ kind: 'return', value }, started, scope, plan)
}

/** The function went async: its scope stays open until the promise settles. */
async function settle(promise: Promise<unknown>, started: number, scope: ReplayingScope, plan: ReplayPlan): Promise<ReplayResult> {
  let raw: RawOutcome
  try {
    raw = { kind: 'return', value: await promise }
  } catch (error) {
    raw = { kind: 'throw', error }
  } finally {
    openScopes.count--
  }
  return finish(raw, started, scope, plan)
}

function finish(raw: RawOutcome, started: number, scope: ReplayingScope, plan: ReplayPlan): ReplayResult {
  const durationMs = performance.now() - started
  // Same copy-then-encode path as capture, so depth cuts and class data come out identical.
  const copied: RawOutcome = raw.kind === 'return' ? { kind: 'return', value: safeCopy(raw.value) } : { kind: 'throw', error: safeCopy(raw.error) }
  return { outcome: encodeReplayedOutcome(copied, lastCopyWasJson, plan), issues: scope.allIssues(), durationMs, ran: true }
}

/**
 * `encodeOutcome` (encode, then redact the `{ kind, value | error }` wrapper) in one walk: core's
 * `encode(v, { redactor })` equals `redactor.redact(encode(v))`, and the wrapper's `kind` string
 * gets the same string redaction. Taken only when that is exactly what the two passes do: the
 * redactor works inline (no JSONPath allow rules, whose paths start at the wrapper) and neither
 * wrapper key is a sensitive or allowed key (`prepareReplay` decides). A copy that is plain JSON
 * (`json`: safeCopy saw no shared references, no accessors survive a copy) is its own encoding
 * when redaction and the limits leave it as it is (`encodesToItself`), else goes through core's
 * `encodeJson`, which gives what `encode` gives without its bookkeeping, or hands the value back
 * to `encode`.
 */
function encodeReplayedOutcome(raw: RawOutcome, json: boolean, plan: ReplayPlan): Outcome {
  const options = plan.inlineOptions[raw.kind]
  if (options === undefined) return encodeOutcome(raw, plan.redactor, plan.settings.encoding)
  const data = raw.kind === 'return' ? raw.value : raw.error
  // The copy is this replay's own: when encoding would give it back unchanged, it is the encoding.
  const value = (json ? (encodesToItself(data, options) ? (data as Encoded) : encodeJson(data, options)) : undefined) ?? encode(data, options)
  // `options` is set only when the redactor works inline.
  const kind = (plan.kindText[raw.kind] ??= plan.inline!.string(raw.kind) as string)
  return (raw.kind === 'return' ? { kind, value } : { kind, error: value }) as unknown as Outcome
}

/**
 * Redactors by settings and the function's own `redact` options: building one (detectors,
 * masker) costs far more than a small replay, and a gate replays thousands. A redactor reads
 * SHADOWTEST_SECRET when built, so a changed secret builds a new one.
 */
const redactors = new WeakMap<CaptureSettings, Map<RedactionOptions | undefined, { secret: string | undefined; redactor: Redactor }>>()

function replayRedactor(settings: CaptureSettings, extra: RedactionOptions | undefined): Redactor {
  let bySettings = redactors.get(settings)
  if (!bySettings) redactors.set(settings, (bySettings = new Map()))
  const secret = process.env['SHADOWTEST_SECRET']
  const cached = bySettings.get(extra)
  if (cached && cached.secret === secret) return cached.redactor
  const redactor = redactorFor(settings.redaction, extra)
  bySettings.set(extra, { secret, redactor })
  return redactor
}

function scenarioLocation(scenario: ReplayableScenario | undefined): { scenarioId?: string } {
  return scenario?.id === undefined ? {} : { scenarioId: scenario.id }
}

function functionIdOf(scenario: ReplayableScenario): string | undefined {
  if (scenario.id === undefined) return undefined
  try {
    return parseScenarioId(scenario.id).functionId
  } catch {
    return undefined
  }
}

function decodeScenarioInput(scenario: ReplayableScenario): { args: unknown[]; this?: unknown } {
  const input = scenario?.input as unknown
  if (typeof input !== 'object' || input === null || !Array.isArray((input as { args?: unknown }).args)) {
    throw new ShadowtestError('REPLAY:INVALID_SCENARIO', 'The scenario has no input.args array: pass a stored scenario or capture record.', { ...scenarioLocation(scenario), path: '$.input' })
  }
  try {
    const decoded = decodeInput(scenario.input)
    return decoded
  } catch (cause) {
    throw new ShadowtestError('REPLAY:INVALID_SCENARIO', `The scenario input cannot be decoded: ${cause instanceof Error ? cause.message : String(cause)}`, {
      ...scenarioLocation(scenario),
      path: '$.input',
      cause,
    })
  }
}

function checkDependencies(scenario: ReplayableScenario): readonly Dependency[] {
  const deps = scenario?.dependencies ?? []
  if (!Array.isArray(deps)) {
    throw new ShadowtestError('REPLAY:INVALID_SCENARIO', 'scenario.dependencies must be an array.', { ...scenarioLocation(scenario), path: '$.dependencies' })
  }
  deps.forEach((dep: unknown, i: number) => {
    const kind = (dep as { kind?: unknown } | null)?.kind
    const orderOk = kind === 'clock' || typeof (dep as { order?: unknown }).order === 'number'
    if ((kind !== 'call' && kind !== 'http' && kind !== 'clock') || !orderOk) {
      throw new ShadowtestError('REPLAY:INVALID_SCENARIO', `Dependency ${i} is not a call, http or clock recording (kind ${JSON.stringify(kind)}).`, {
        ...scenarioLocation(scenario),
        path: `$.dependencies[${i}]`,
      })
    }
  })
  return deps
}
