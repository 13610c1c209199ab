import type { PathRule } from './diff-policy.js'

/** The verdict of the rules that govern one changed value. */
export interface RuleVerdict {
  allowed: boolean
  rule: string
  reason: string
}

// Percentages and tolerances are inclusive; this slack absorbs binary floating point
// (0.1 + 0.2, 107.53 → 107.54 is 0.010000000000005116 apart).
const SLACK = 1e-9

function bound(value: number | undefined, fallback: string): string {
  return value === undefined ? fallback : String(value)
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100)
}

function percentChange(expected: number, actual: number): number {
  return expected === 0 ? (actual === 0 ? 0 : Infinity) : ((actual - expected) / Math.abs(expected)) * 100
}

function judge(rule: PathRule, expected: unknown, actual: unknown): RuleVerdict {
  const name = rule.rule
  if (name === 'withinRange') {
    const range = `[${bound(rule.min, '-∞')}, ${bound(rule.max, '∞')}]`
    if (typeof actual !== 'number') return { allowed: false, rule: name, reason: `withinRange applies to numbers; actual is not a number` }
    const ok = (rule.min === undefined || actual >= rule.min) && (rule.max === undefined || actual <= rule.max)
    return { allowed: ok, rule: name, reason: `${actual} is ${ok ? 'within' : 'outside'} ${range}` }
  }
  if (typeof expected !== 'number' || typeof actual !== 'number') {
    return { allowed: false, rule: name, reason: `${name} applies to numbers on both sides` }
  }
  const percent = rule.percent ?? 0
  const change = percentChange(expected, actual)
  const moved = change > 0 ? `increased by ${change === Infinity ? '∞ (from 0)' : `${round(change)}%`}` : `decreased by ${change === -Infinity ? '∞' : `${round(-change)}%`}`
  if (name === 'maxIncreasePercent') {
    if (change < 0) return { allowed: false, rule: name, reason: `${moved}; only increases up to ${percent}% are allowed` }
    const ok = change <= percent + SLACK
    return { allowed: ok, rule: name, reason: `${moved} (max ${percent}%)` }
  }
  // maxDecreasePercent
  if (change > 0) return { allowed: false, rule: name, reason: `${moved}; only decreases up to ${percent}% are allowed` }
  const ok = -change <= percent + SLACK
  return { allowed: ok, rule: name, reason: `${moved} (max ${percent}%)` }
}

/**
 * Applies the non-`exact` rules governing a changed value: it passes if any rule allows it
 * (so `maxIncreasePercent` and `maxDecreasePercent` on one path together form a band).
 */
export function applyRules(rules: readonly PathRule[], expected: unknown, actual: unknown): RuleVerdict {
  const verdicts = rules.map((rule) => judge(rule, expected, actual))
  const passed = verdicts.find((v) => v.allowed)
  if (passed) return passed
  return { allowed: false, rule: verdicts.map((v) => v.rule).join(', '), reason: verdicts.map((v) => v.reason).join('; ') }
}

export interface Tolerance {
  absolute: number
  relative: number
}

/** True when two numbers are within the absolute or the relative tolerance (inclusive). */
export function withinTolerance(expected: number, actual: number, tolerance: Tolerance): boolean {
  const delta = Math.abs(actual - expected)
  if (!Number.isFinite(delta)) return false
  const scale = Math.max(Math.abs(expected), Math.abs(actual))
  const slack = 4 * Number.EPSILON * Math.max(scale, 1)
  return delta <= tolerance.absolute + slack || delta <= tolerance.relative * scale + slack
}
