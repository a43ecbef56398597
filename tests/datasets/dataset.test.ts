import { describe, expect, it } from 'vitest';
import { MAX_DATASET_ROWS, missingColumns, parseDataset, rowsWithEmptyValues } from '@/lib/datasets/dataset';

describe('parseDataset', () => {
  it('reads CSV with a header row; rows get keys and their first line', () => {
    const result = parseDataset('city,country\nParis,France\n"New\nYork",USA\nTokyo,Japan\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.columns).toEqual(['city', 'country']);
    expect(result.dataset.rows.map((r) => [r.key, r.line, r.values.city])).toEqual([
      ['row-1', 2, 'Paris'],
      ['row-2', 3, 'New\nYork'],
      ['row-3', 5, 'Tokyo'],
    ]);
  });
  it('reports a row with the wrong number of fields by its line', () => {
    expect(parseDataset('city\nParis\nRome,Italy\n')).toEqual({
      ok: false,
      line: 3,
      message: 'Line 3: 2 fields, but the header has 1.',
    });
  });
  it('reads JSON Lines of objects, stringifying non-string values and filling absent keys', () => {
    const result = parseDataset('{"city":"Paris","n":2}\n\n{"city":"Rome","extra":true}\n');
    expect(result.ok && result.dataset.rows.map((r) => r.values)).toEqual([
      { city: 'Paris', n: '2', extra: '' },
      { city: 'Rome', extra: 'true', n: '' },
    ]);
    expect(result.ok && result.dataset.rows[1]?.line).toBe(3);
  });
  it('reports a malformed JSON line by its number', () => {
    const result = parseDataset('{"city":"Paris"}\n{"city":}\n');
    expect(result).toMatchObject({ ok: false, line: 2 });
    expect(parseDataset('{"a":1}\n[1]\n')).toMatchObject({ ok: false, line: 2 });
  });
  it('reads a JSON array (an uploaded .json)', () => {
    const result = parseDataset('[{"city":"Oslo"},{"city":"Lima"}]');
    expect(result.ok && result.dataset.format).toBe('json');
    expect(result.ok && result.dataset.rows.length).toBe(2);
  });
  it('enforces its row limit and refuses empty input', () => {
    const big = `x\n${'1\n'.repeat(MAX_DATASET_ROWS + 1)}`;
    expect(parseDataset(big)).toMatchObject({ ok: false });
    expect(parseDataset('  ')).toMatchObject({ ok: false });
    expect(parseDataset('city\n')).toMatchObject({
      ok: false,
      message: 'The dataset has a header but no rows.',
    });
  });
  it('finds variables without a column and rows with an empty value', () => {
    const result = parseDataset('city,note\nParis,\n,x\n');
    if (!result.ok) throw new Error(result.message);
    expect(missingColumns(result.dataset, ['city', 'language'])).toEqual(['language']);
    expect(rowsWithEmptyValues(result.dataset, ['city']).map((r) => r.key)).toEqual(['row-2']);
  });
});

import { planDataset } from '@/lib/datasets/plan';
import { fillTemplate } from '@/lib/datasets/variables';
import type { ChatRequest } from '@/lib/schema/chat-request';

const build =
  (prompt: string) =>
  (values: Record<string, string>): ChatRequest => ({
    model: 'm',
    messages: [{ role: 'user', content: fillTemplate(prompt, values) }],
  });

describe('planDataset', () => {
  it('builds one substituted request per row', () => {
    const plan = planDataset('city\nParis\nRome\nTokyo\n', build('Name one landmark in {{city}}'));
    expect(plan.ok && plan.rows.map((r) => [r.key, r.request.messages[0]?.content])).toEqual([
      ['row-1', 'Name one landmark in Paris'],
      ['row-2', 'Name one landmark in Rome'],
      ['row-3', 'Name one landmark in Tokyo'],
    ]);
  });
  it('stops on a missing column, an empty value, a malformed line or a prompt without variables', () => {
    expect(planDataset('town\nParis\n', build('In {{city}}'))).toMatchObject({
      ok: false,
      message: 'The dataset has no column for {{city}} (its columns: town).',
    });
    expect(planDataset('city\nParis\n""\n', build('In {{city}}'))).toMatchObject({ ok: false, line: 3 });
    expect(planDataset('city\nParis\n"Rome\n', build('In {{city}}'))).toMatchObject({ ok: false, line: 3 });
    expect(planDataset('city\nParis\n', build('Hello'))).toMatchObject({ ok: false });
  });
});
