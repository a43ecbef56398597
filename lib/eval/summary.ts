/**
 * Summaries of graded results and of repeated runs. Methods (docs/eval.md says the same):
 * - Pass rate: passes over rows that got a pass or a fail. Grading errors, ungraded rows and rows with
 *   no grade yet are counted apart and never enter the rate.
 * - Percentiles (p50, p90): nearest-rank — the smallest observed value with at least p% of values at
 *   or below it (`sorted[ceil(p/100 × n) − 1]`), so every figure shown is a latency that happened.
 * - Median (Run N times): the middle value, or the mean of the two middle values when n is even.
 * - Distinct answers: compared after `normalizeAnswer` (trimmed, `\n` line endings, NFC).
 */
import { type Grade, normalizeAnswer } from './grade';

/** "420 ms", "1.24 s". */
export function formatLatency(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  const sorted = finite(values).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export function median(values: readonly number[]): number | null {
  const sorted = finite(values).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function finite(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

export interface GradedRow {
  /** The model that answered (Compare: several). */
  model: string;
  /** Null while the row is running or when its request failed (nothing to grade). */
  grade: Grade | null;
  /** Time to the full answer, in milliseconds. */
  latencyMs?: number | null;
}

export interface PassCounts {
  passed: number;
  failed: number;
  /** passed + failed: the rate's denominator. */
  graded: number;
  errors: number;
  ungraded: number;
  pending: number;
  /** passed / graded, or null when nothing was graded. */
  rate: number | null;
}

export interface ModelPassRate extends PassCounts {
  model: string;
}

export interface GradeSummary extends PassCounts {
  /** "7/10 passed", plus " · 1 grading error" when any. */
  label: string;
  /** One entry per model, in first-seen order. */
  perModel: ModelPassRate[];
  latency: { p50: number; p90: number } | null;
}

function count(rows: readonly GradedRow[]): PassCounts {
  const c = { passed: 0, failed: 0, errors: 0, ungraded: 0, pending: 0 };
  for (const { grade } of rows) {
    if (!grade) c.pending += 1;
    else if (grade.status === 'pass') c.passed += 1;
    else if (grade.status === 'fail') c.failed += 1;
    else if (grade.status === 'error') c.errors += 1;
    else c.ungraded += 1;
  }
  const graded = c.passed + c.failed;
  return { ...c, graded, rate: graded === 0 ? null : c.passed / graded };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function passLabel(counts: Pick<PassCounts, 'passed' | 'graded' | 'errors'>): string {
  const main = `${counts.passed}/${counts.graded} passed`;
  return counts.errors > 0 ? `${main} · ${plural(counts.errors, 'grading error', 'grading errors')}` : main;
}

export function summarizeGrades(rows: readonly GradedRow[]): GradeSummary {
  const total = count(rows);
  const models = [...new Set(rows.map((r) => r.model))];
  const perModel = models.map((model) => ({ model, ...count(rows.filter((r) => r.model === model)) }));
  const latencies = finite(rows.map((r) => r.latencyMs));
  const p50 = nearestRankPercentile(latencies, 50);
  const p90 = nearestRankPercentile(latencies, 90);
  return {
    ...total,
    label: passLabel(total),
    perModel,
    latency: p50 === null || p90 === null ? null : { p50, p90 },
  };
}

export interface RunResult {
  answer: string;
  latencyMs?: number | null;
  tokensPerSecond?: number | null;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface RunsSummary {
  runs: number;
  distinct: number;
  /** "3 runs · 2 distinct" */
  label: string;
  /** For each run, the index of its group of identical answers (0 = same as the first run). */
  groupOf: number[];
  latency: Spread | null;
  tokensPerSecond: Spread | null;
}

function spread(values: readonly (number | null | undefined)[]): Spread | null {
  const present = finite(values);
  const mid = median(present);
  if (mid === null) return null;
  return { min: Math.min(...present), median: mid, max: Math.max(...present) };
}

export function summarizeRuns(results: readonly RunResult[]): RunsSummary {
  const groups = new Map<string, number>();
  const groupOf = results.map(({ answer }) => {
    const key = normalizeAnswer(answer);
    const known = groups.get(key);
    if (known !== undefined) return known;
    groups.set(key, groups.size);
    return groups.size - 1;
  });
  const runs = results.length;
  return {
    runs,
    distinct: groups.size,
    label: `${plural(runs, 'run', 'runs')} · ${groups.size} distinct`,
    groupOf,
    latency: spread(results.map((r) => r.latencyMs)),
    tokensPerSecond: spread(results.map((r) => r.tokensPerSecond)),
  };
}

/**
 * What the seed says about N answers. Groq documents `seed` as best effort ("repeated requests with
 * the same seed and parameters should return the same result"), so a mismatch is reported, not hidden.
 */
export function seedExpectation(
  seed: number | null | undefined,
  summary: Pick<RunsSummary, 'runs' | 'distinct'>,
) {
  const fixed = typeof seed === 'number' && Number.isInteger(seed);
  if (summary.runs < 2) {
    return {
      shouldMatch: fixed,
      message: fixed ? `Seed ${seed} is fixed: repeated runs should give the same answer.` : 'One run.',
    };
  }
  if (!fixed) {
    return { shouldMatch: false, message: 'No seed is set, so answers may differ from run to run.' };
  }
  if (summary.distinct === 1) {
    return { shouldMatch: true, message: `Seed ${seed} is fixed and all ${summary.runs} answers match.` };
  }
  return {
    shouldMatch: true,
    message:
      `Seed ${seed} is fixed, so the answers should match, but ${summary.runs} runs gave ` +
      `${summary.distinct} distinct answers ` +
      '(Groq samples deterministically on a best-effort basis).',
  };
}
