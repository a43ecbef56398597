import { describe, expect, it } from 'vitest';
import { fromFlat } from '@/lib/history/branches';
import { formatCost, formatTokens } from '@/lib/history/format';
import {
  deriveTitle,
  recordMatches,
  recordTotals,
  shortTitle,
  UNTITLED,
  worthKeeping,
} from '@/lib/history/record-derive';
import type { RowRecord } from '@/lib/history/record-schema';
import { buildRecord } from '@/lib/history/records';
import { answerTurn, chatDraft, settingsFor, userTurn } from './fixtures';

const row = (
  key: string,
  status: RowRecord['status'],
  tokens: [number, number],
  costUsd?: number,
): RowRecord => ({
  key,
  values: { city: key },
  status,
  answer: `answer for ${key}`,
  promptTokens: tokens[0],
  completionTokens: tokens[1],
  ms: 10,
  error: null,
  ...(costUsd !== undefined ? { costUsd } : {}),
});

describe('titles', () => {
  it('cuts at a word boundary near 60 characters and collapses spaces', () => {
    expect(shortTitle('  short\n\ntext ')).toBe('short text');
    const title = shortTitle('word '.repeat(30));
    expect(title.length).toBeLessThanOrEqual(61);
    expect(title).toMatch(/word…$/);
    expect(shortTitle('x'.repeat(100))).toBe(`${'x'.repeat(60)}…`);
  });

  it('uses the first user words of the visible path, then the system prompt, then "Untitled conversation"', () => {
    const base = chatDraft('t', 'You are a pirate.', []);
    expect(
      deriveTitle({ ...base, threads: [fromFlat([userTurn('u', '   '), userTurn('v', 'Second turn')])] }),
    ).toBe('Second turn');
    expect(deriveTitle(base)).toBe('You are a pirate.');
    expect(deriveTitle({ ...base, system: ' ' })).toBe(UNTITLED);
  });

  it('a dataset run says it is one, with its row count', () => {
    const draft = {
      ...chatDraft('r', '', [['Weather in {{city}}', 'x']]),
      kind: 'dataset-run' as const,
      rows: [row('a', 'done', [1, 1])],
    };
    expect(deriveTitle(draft)).toBe('Run all, 1 row: Weather in {{city}}');
  });
});

describe('totals and what is kept', () => {
  it('adds tokens of every answer and row; cost is the sum of the known costs, null when none is known', () => {
    const draft = chatDraft('c', '', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(recordTotals(draft)).toEqual({
      promptTokens: 20,
      completionTokens: 10,
      totalTokens: 30,
      costUsd: null,
    });
    const rows = [row('x', 'done', [3, 4], 0.5), row('y', 'error', [0, 0])];
    expect(recordTotals({ ...draft, rows })).toMatchObject({ totalTokens: 37, costUsd: 0.5 });
  });

  it('keeps a conversation once it has an answer, a run once a row finished', () => {
    expect(worthKeeping({ threads: [fromFlat([userTurn('u', 'hi')])] })).toBe(false);
    expect(worthKeeping({ threads: [fromFlat([userTurn('u', 'hi'), answerTurn('a', 'yo')])] })).toBe(true);
    expect(worthKeeping({ threads: [], rows: [row('x', 'unsent', [0, 0])] })).toBe(false);
    expect(worthKeeping({ threads: [], rows: [row('x', 'done', [0, 0])] })).toBe(true);
  });

  it('search looks in models and dataset rows too', () => {
    const record = buildRecord(
      {
        id: 'r',
        kind: 'dataset-run',
        system: '',
        settings: settingsFor('qwen/qwen3-32b'),
        threads: [],
        rows: [row('Lisbon', 'done', [1, 1])],
      },
      undefined,
      1,
    );
    expect(recordMatches(record, 'QWEN3')).toBe(true);
    expect(recordMatches(record, 'lisbon')).toBe(true);
    expect(recordMatches(record, 'madrid')).toBe(false);
  });

  it('formats tokens and cost for the list', () => {
    expect(formatTokens(1)).toBe('1 token');
    expect(formatTokens(12345)).toBe('12,345 tokens');
    expect(formatCost(null)).toBe('cost unknown');
    expect(formatCost(0.0042)).toBe('$0.0042');
    expect(formatCost(1.5)).toBe('$1.50');
  });
});
