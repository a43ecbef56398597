import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/datasets/csv';
import { resultsToCsv, spreadsheetSafe } from '@/lib/datasets/export';
import type { RowResult } from '@/lib/datasets/run-all';

const row = (values: Record<string, string>, answer: string): RowResult => ({
  key: '1',
  values,
  status: 'done',
  answer,
  promptTokens: 12,
  completionTokens: 34,
  ms: 56,
  error: null,
  request: null,
});

describe('CSV export leaves no cell a spreadsheet would run', () => {
  it('prefixes cells starting with = + - @ tab or CR with a quote', () => {
    expect(spreadsheetSafe('=HYPERLINK("https://evil.example","x")')).toBe(
      `'=HYPERLINK("https://evil.example","x")`,
    );
    expect(spreadsheetSafe('+1+cmd|/C calc!A0')).toBe(`'+1+cmd|/C calc!A0`);
    expect(spreadsheetSafe('-2+3')).toBe(`'-2+3`);
    expect(spreadsheetSafe('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(spreadsheetSafe('\t=1')).toBe(`'\t=1`);
    expect(spreadsheetSafe('\r=1')).toBe(`'\r=1`);
    expect(spreadsheetSafe('Paris = capital')).toBe('Paris = capital');
    expect(spreadsheetSafe('')).toBe('');
  });

  it('escapes answers, variables and column names from the dataset, keeping the rest as is', () => {
    const csv = resultsToCsv([row({ '=city': '@Paris' }, '=HYPERLINK("https://evil.example")')]);
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, first] = parsed.records.map((r) => r.fields);
    expect(header).toEqual([
      'key',
      "'=city",
      'answer',
      'status',
      'error',
      'prompt_tokens',
      'completion_tokens',
      'ms',
    ]);
    expect(first).toEqual([
      '1',
      "'@Paris",
      `'=HYPERLINK("https://evil.example")`,
      'done',
      '',
      '12',
      '34',
      '56',
    ]);
    for (const cell of [...(header ?? []), ...(first ?? [])]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
