import { ShadowtestError, diffValues, encode, encodeInput, formatValue, renderDiff, scenarioIdFromEncoded } from '@shadowtest/core'
import type { CallDependency, ClockDependency, Dependency, DiffResult, Encoded, HttpDependency, HttpOriginMatch, ResolvedPolicy } from '@shadowtest/core'
import type { DependencyIssue, DependencyRequests, RecordedDependencies, ReplayScope } from '../context.js'
import { ReplayingClock } from '../transports/clock/clock-transport.js'

/** How a replay compares a live dependency call with the recorded ones. */
export type ReplayMode = 'strict' | 'tolerant' | 'validation-only'

interface Redacting {
  redact(value: Encoded): Encoded
}

type Served = CallDependency | HttpDependency

const NONE: readonly Served[] = []

/**
 * The scope of one scenario being replayed: serves recorded dependencies to the transports,
 * in order, and collects what did not line up (calls nobody recorded, recordings nobody used).
 */
export class ReplayingScope implements ReplayScope {
  readonly mode = 'replay' as const
  readonly clock: ReplayingClock
  readonly issues: DependencyIssue[] = []
  private readonly served: readonly Served[]
  private readonly used = new Set<Served>()

  constructor(
    readonly functionId: string,
    private readonly scenarioId: string | undefined,
    dependencies: readonly Dependency[],
    private readonly matchMode: 'strict' | 'tolerant',
    private readonly policy: ResolvedPolicy,
    private readonly redactor: Redacting,
    /** `ignore`: an HTTP exchange matches on method + path + query (+ body), whatever its origin. */
    private readonly httpOrigin: HttpOriginMatch = 'ignore',
  ) {
    // Most scenarios of a pure function record nothing: no search, filter or sort for them.
    if (dependencies.length === 0) {
      this.clock = new ReplayingClock(undefined)
      this.served = NONE
      return
    }
    this.clock = new ReplayingClock(dependencies.find((d): d is ClockDependency => d.kind === 'clock'))
    this.served = dependencies.filter((d): d is Served => d.kind !== 'clock').sort((a, b) => a.order - b.order)
  }

  /** The issues found, then the recordings nobody used, in a new array (`issues` concat `unused()`). */
  allIssues(): DependencyIssue[] {
    return this.served.length === 0 ? this.issues.slice() : this.issues.concat(this.unused())
  }

  takeDependency<K extends keyof DependencyRequests>(kind: K, request: DependencyRequests[K]): RecordedDependencies[K] {
    const live = this.liveSide(kind, request)
    const candidates = this.served.filter((d) => d.kind === kind && !this.used.has(d))
    for (const dep of candidates) {
      if (this.matches(kind, dep, live)) {
        this.used.add(dep)
        return dep as RecordedDependencies[K]
      }
    }
    const error = this.unrecorded(kind, live)
    this.issues.push({ kind: 'unrecorded', dependencyKind: kind, error })
    throw error
  }

  fail(error: unknown): void {
    this.issues.push({ kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) })
  }

  /** Recorded dependencies the replay never asked for: the code changed shape. */
  unused(): DependencyIssue[] {
    return this.served.filter((d) => !this.used.has(d)).map((dependency) => ({ kind: 'unused' as const, dependency }))
  }

  /** The live call in the stored form (encoded, redacted), reduced to what identifies it. */
  private liveSide(kind: keyof DependencyRequests, request: DependencyRequests[keyof DependencyRequests]): LiveSide {
    if (kind === 'call') {
      const call = request as DependencyRequests['call']
      const redactor = call.redactor ?? this.redactor
      const hasThis = Object.prototype.hasOwnProperty.call(call.input, 'this')
      const input = redactor.redact(encodeInput(call.input.args, hasThis ? call.input.this : undefined) as unknown as Encoded) as unknown as CallDependency['input']
      return { kind: 'call', functionId: call.functionId, scenarioId: scenarioIdFromEncoded(call.functionId, input), key: { functionId: call.functionId, input } as unknown as Encoded }
    }
    const http = request as DependencyRequests['http']
    const stored = { method: http.method.toUpperCase(), url: http.url, headers: http.headers, ...(http.body === undefined ? {} : { body: encode(http.body) }) }
    const redacted = this.redactor.redact(stored as unknown as Encoded) as unknown as HttpDependency['request']
    return { kind: 'http', key: httpKey(redacted, this.httpOrigin), url: redacted.url }
  }

  private keyOf(dep: Served): Encoded {
    return dep.kind === 'call' ? ({ functionId: dep.functionId, input: dep.input } as unknown as Encoded) : httpKey(dep.request, this.httpOrigin)
  }

  private matches(kind: keyof DependencyRequests, dep: Served, live: LiveSide): boolean {
    if (kind === 'call' && dep.kind === 'call' && live.kind === 'call') {
      if (dep.functionId !== live.functionId) return false
      if (dep.scenarioId === live.scenarioId) return true
      if (this.matchMode === 'strict') return false
    }
    return this.diff(dep, live).equal
  }

  private diff(dep: Served, live: LiveSide): DiffResult {
    // Strict compares exactly (an empty policy); tolerant under the replay's policy.
    return diffValues(this.keyOf(dep), live.key, this.matchMode === 'strict' ? undefined : this.policy)
  }

  private unrecorded(kind: keyof DependencyRequests, live: LiveSide): ShadowtestError {
    const sameKind = this.served.filter((d) => d.kind === kind)
    const pool = sameKind.filter((d) => !this.used.has(d))
    // Fewest changed fields wins; another function's recording only when nothing else exists.
    const score = (dep: Served, result: DiffResult): number =>
      result.changes.length + (dep.kind === 'call' && live.kind === 'call' && dep.functionId !== live.functionId ? 1_000 : 0)
    let nearest: { dep: Served; result: DiffResult; score: number } | undefined
    for (const dep of pool.length > 0 ? pool : sameKind) {
      const result = this.diff(dep, live)
      const s = score(dep, result)
      if (nearest === undefined || s < nearest.score) nearest = { dep, result, score: s }
    }
    const where = this.scenarioId ?? this.functionId
    const call = describe(live)
    const lines = [`${where}: ${call} was not recorded in this scenario (${this.matchMode} matching).`]
    if (nearest === undefined) lines.push(`No ${kind} dependency was recorded at all: the code now makes a call it did not make when the scenario was recorded.`)
    else {
      const used = this.used.has(nearest.dep) ? ', already used by an earlier call' : ''
      const recordedAt = nearest.dep.kind === 'http' ? `: ${nearest.dep.request.method} ${nearest.dep.request.url}` : ''
      lines.push(`Nearest recorded ${kind} (order ${nearest.dep.order}${used}${recordedAt}) differs in:`, indent(renderDiff(nearest.result)))
    }
    lines.push('If the new call is intended, re-record the scenario (shadowtest record) and approve it; otherwise fix the code.')
    return new ShadowtestError('REPLAY:UNRECORDED_DEPENDENCY', lines.join('\n'), {
      ...(this.scenarioId === undefined ? {} : { scenarioId: this.scenarioId }),
      details: { kind, call: live.key, ...(nearest === undefined ? {} : { nearest: nearest.dep, changes: nearest.result.changes }) },
    })
  }
}

type LiveSide = { kind: 'call'; functionId: string; scenarioId: string; key: Encoded } | { kind: 'http'; key: Encoded; url: string }

/**
 * HTTP exchanges are told apart by method, URL and body; headers vary too much (dates, trace ids).
 * With `origin: 'ignore'` the URL is its path and query only, so a base URL that differs between
 * recording and gate (another host or port in CI) still matches.
 */
function httpKey(request: HttpDependency['request'], origin: HttpOriginMatch): Encoded {
  const key: Record<string, Encoded> = { method: request.method.toUpperCase(), url: origin === 'ignore' ? pathAndQuery(request.url) : request.url }
  if (request.body !== undefined) key['body'] = request.body
  return key
}

function pathAndQuery(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.pathname}${parsed.search}`
  } catch {
    return url
  }
}

function describe(live: LiveSide): string {
  const key = live.key as Record<string, Encoded>
  if (live.kind === 'call') {
    const input = key['input'] as { args: Encoded[] }
    return `call ${live.functionId}(${truncate(input.args.map((a) => formatValue(a)).join(', '))})`
  }
  return `HTTP ${String(key['method'])} ${live.url}`
}

function truncate(text: string, max = 300): string {
  const flat = text.replace(/\s*\n\s*/g, ' ')
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')
}
