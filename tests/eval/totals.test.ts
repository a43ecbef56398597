import { describe, expect, it } from 'vitest';
import { resultsToCsv, resultsToJsonl } from '@/lib/datasets/export';
import type { RowResult } from '@/lib/datasets/run-all';
import { formatTotalCost } from '@/lib/eval/cost';
import { messagesCost, runCostTotals } from '@/lib/eval/totals';

const usage = (prompt: number, completion: number) => ({
  prompt_tokens: prompt,
  completion_tokens: completion,
  total_tokens: prompt + completion,
});

const request = { model: 'x', messages: [] };

const row = (patch: Partial<RowResult>): RowResult => ({
  key: 'row-1',
  values: { item: 'France', expected: 'Paris' },
  status: 'done',
  answer: 'Paris',
  promptTokens: 1_000_000,
  completionTokens: 1_000_000,
  ms: 100,
  error: null,
  request: { model: 'openai/gpt-oss-120b', messages: [{ role: 'user', content: 'x' }] },
  ...patch,
});

describe('cost totals', () => {
  it('sums a conversation’s answers and says when a price is unknown, never $0', () => {
    const total = messagesCost([
      {
        answer: {
          status: 'done',
          model: 'openai/gpt-oss-120b',
          sentAt: 0,
          usage: usage(1_000_000, 0),
          request,
        },
      },
      {
        answer: {
          status: 'done',
          model: 'llama-3.3-70b-versatile',
          sentAt: 0,
          usage: usage(10, 10),
          request,
        },
      },
      {},
    ]);
    expect(formatTotalCost(total)).toBe('≥ $0.15 (1 of 2 prices unknown)');
  });

  it('keeps the judge’s cost apart from the answers’', () => {
    const totals = runCostTotals([
      row({ judge: { model: 'openai/gpt-oss-20b', promptTokens: 1_000_000, completionTokens: 0 } }),
      row({ key: 'row-2', promptTokens: null, completionTokens: null, status: 'error' }),
    ]);
    expect(formatTotalCost(totals.answers)).toBe('$0.75');
    expect(totals.judge && formatTotalCost(totals.judge)).toBe('$0.075');
  });

  it('has no judge total when nothing was judged', () => {
    expect(runCostTotals([row({})]).judge).toBeNull();
  });
});

describe('exports with grades', () => {
  it('CSV and JSONL carry the grade and its reason once rows are graded', () => {
    const rows = [
      row({ grade: { status: 'pass', reason: 'Contains: the answer contains “Paris”.' } }),
      row({ key: 'row-2', grade: null }),
    ];
    const csv = resultsToCsv(rows).split(/\r?\n/);
    expect(csv[0]).toMatch(/,grade,grade_reason$/);
    expect(csv[1]).toMatch(/,pass,Contains: the answer contains “Paris”\.$/);
    expect(csv[2]).toMatch(/,pending,$/);
    const lines = resultsToJsonl(rows)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].grade).toEqual({ status: 'pass', reason: 'Contains: the answer contains “Paris”.' });
    expect(lines[1].grade).toBeNull();
  });

  it('an ungraded run exports as before (no grade columns)', () => {
    expect(resultsToCsv([row({})]).split(/\r?\n/)[0]).not.toContain('grade');
    expect(JSON.parse(resultsToJsonl([row({})]))).not.toHaveProperty('grade');
  });
});
