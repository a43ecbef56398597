import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grade } from '@/lib/eval/grade';
import {
  median,
  nearestRankPercentile,
  seedExpectation,
  summarizeGrades,
  summarizeRuns,
} from '@/lib/eval/summary';

const P: Grade = { status: 'pass', reason: 'ok' };
const F: Grade = { status: 'fail', reason: 'no' };
const E: Grade = { status: 'error', code: 'invalid_regex', reason: 'bad' };
const U: Grade = { status: 'ungraded', reason: 'No grader.' };

describe('percentiles and median', () => {
  it('uses nearest rank, so p50/p90 are observed values', () => {
    const ten = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000];
    expect(nearestRankPercentile(ten, 50)).toBe(500);
    expect(nearestRankPercentile(ten, 90)).toBe(900);
    expect(nearestRankPercentile([250, 40, 90], 90)).toBe(250);
    expect(nearestRankPercentile([7], 50)).toBe(7);
    expect(nearestRankPercentile([], 50)).toBeNull();
    expect(nearestRankPercentile([Number.NaN, 3], 50)).toBe(3);
  });

  it('median averages the two middle values for an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('p50 ≤ p90 and both lie within the values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1 }), (values) => {
        const p50 = nearestRankPercentile(values, 50) as number;
        const p90 = nearestRankPercentile(values, 90) as number;
        expect(p50).toBeLessThanOrEqual(p90);
        expect(values).toContain(p50);
        expect(values).toContain(p90);
      }),
    );
  });
});

describe('summarizeGrades', () => {
  it('says "7/10 passed" and counts grading errors apart', () => {
    const rows = [...Array(7).fill(P), ...Array(3).fill(F), E, U, null].map((grade, i) => ({
      model: 'm',
      grade,
      latencyMs: (i + 1) * 100,
    }));
    const summary = summarizeGrades(rows);
    expect(summary.label).toBe('7/10 passed · 1 grading error');
    expect(summary).toMatchObject({ passed: 7, failed: 3, graded: 10, errors: 1, ungraded: 1, pending: 1 });
    expect(summary.rate).toBe(0.7);
    expect(summary.latency).toEqual({ p50: 700, p90: 1200 });
  });

  it('gives the pass rate of each model in Compare, in first-seen order', () => {
    const summary = summarizeGrades([
      { model: 'b', grade: P },
      { model: 'a', grade: F },
      { model: 'b', grade: F },
      { model: 'a', grade: F },
      { model: 'b', grade: P },
    ]);
    expect(summary.label).toBe('2/5 passed');
    expect(
      summary.perModel.map(({ model, passed, graded, rate }) => ({ model, passed, graded, rate })),
    ).toEqual([
      { model: 'b', passed: 2, graded: 3, rate: 2 / 3 },
      { model: 'a', passed: 0, graded: 2, rate: 0 },
    ]);
    expect(summary.latency).toBeNull();
  });

  it('has no rate when nothing was graded, and pluralises errors', () => {
    const summary = summarizeGrades([
      { model: 'm', grade: E },
      { model: 'm', grade: E },
    ]);
    expect(summary.rate).toBeNull();
    expect(summary.label).toBe('0/0 passed · 2 grading errors');
  });
});

describe('summarizeRuns', () => {
  it('counts distinct answers after trimming, and spreads latency and tok/s', () => {
    const summary = summarizeRuns([
      { answer: 'Paris', latencyMs: 300, tokensPerSecond: 500 },
      { answer: '  Paris\n', latencyMs: 100, tokensPerSecond: 700 },
      { answer: 'Lyon', latencyMs: 200, tokensPerSecond: null },
    ]);
    expect(summary.label).toBe('3 runs · 2 distinct');
    expect(summary.groupOf).toEqual([0, 0, 1]);
    expect(summary.latency).toEqual({ min: 100, median: 200, max: 300 });
    expect(summary.tokensPerSecond).toEqual({ min: 500, median: 600, max: 700 });
  });

  it('says "1 run · 1 distinct" and has no spread without stats', () => {
    const summary = summarizeRuns([{ answer: 'x' }]);
    expect(summary.label).toBe('1 run · 1 distinct');
    expect(summary.latency).toBeNull();
  });

  it('distinct never exceeds runs and groups cover every run (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ' a', 'b', 'B', 'c\r\n', 'c'), { maxLength: 10 }),
        (answers) => {
          const s = summarizeRuns(answers.map((answer) => ({ answer })));
          expect(s.distinct).toBeLessThanOrEqual(s.runs);
          expect(new Set(s.groupOf).size).toBe(s.distinct);
        },
      ),
    );
  });
});

describe('seedExpectation', () => {
  it('says answers should match with a fixed seed, and reports when they do not', () => {
    expect(seedExpectation(42, { runs: 3, distinct: 1 })).toEqual({
      shouldMatch: true,
      message: 'Seed 42 is fixed and all 3 answers match.',
    });
    expect(seedExpectation(42, { runs: 3, distinct: 2 }).message).toBe(
      'Seed 42 is fixed, so the answers should match, but 3 runs gave 2 distinct answers ' +
        '(Groq samples deterministically on a best-effort basis).',
    );
    expect(seedExpectation(0, { runs: 1, distinct: 1 }).message).toBe(
      'Seed 0 is fixed: repeated runs should give the same answer.',
    );
  });

  it('expects nothing without a seed', () => {
    expect(seedExpectation(null, { runs: 3, distinct: 3 })).toEqual({
      shouldMatch: false,
      message: 'No seed is set, so answers may differ from run to run.',
    });
    expect(seedExpectation(undefined, { runs: 2, distinct: 1 }).shouldMatch).toBe(false);
  });
});
