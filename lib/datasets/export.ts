/** The results table as files: CSV (variables, answer, stats) and JSON Lines (one object per row). */
import { toCsv } from './csv';
import type { RowResult } from './run-all';

export function resultColumns(results: readonly RowResult[]): string[] {
  const columns: string[] = [];
  for (const r of results)
    for (const key of Object.keys(r.values)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

const text = (value: number | null) => (value === null ? '' : String(value));

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or a carriage
 * return) as a formula: `=HYPERLINK(…)` in a model's answer or an imported dataset would run when the
 * export is opened. A leading `'` makes the cell text (OWASP's advice for CSV injection).
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function resultsToCsv(results: readonly RowResult[]): string {
  const columns = resultColumns(results);
  const header = ['key', ...columns, 'answer', 'status', 'error', 'prompt_tokens', 'completion_tokens', 'ms'];
  const rows = results.map((r) => [
    r.key,
    ...columns.map((c) => r.values[c] ?? ''),
    r.answer,
    r.status,
    r.error ?? '',
    text(r.promptTokens),
    text(r.completionTokens),
    text(r.ms),
  ]);
  return toCsv(
    header.map(spreadsheetSafe),
    rows.map((row) => row.map(spreadsheetSafe)),
  );
}

export function resultsToJsonl(results: readonly RowResult[]): string {
  return results
    .map((r) =>
      JSON.stringify({
        key: r.key,
        variables: r.values,
        answer: r.answer,
        status: r.status,
        error: r.error,
        prompt_tokens: r.promptTokens,
        completion_tokens: r.completionTokens,
        ms: r.ms,
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}
