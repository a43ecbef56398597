/** The results table as files: CSV (variables, answer, stats) and JSON Lines (one object per row). */
import { toCsv } from './csv';
import type { RowResult } from './run-all';

/** Grades go into the files only when the rows were graded (an ungraded run exports as before). */
const graded = (results: readonly RowResult[]) => results.some((r) => r.grade);

const gradeStatus = (r: RowResult) => (r.grade ? r.grade.status : r.grade === null ? 'pending' : '');

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
  const withGrade = graded(results);
  const header = ['key', ...columns, 'answer', 'status', 'error', 'prompt_tokens', 'completion_tokens', 'ms'];
  if (withGrade) header.push('grade', 'grade_reason');
  const rows = results.map((r) => [
    r.key,
    ...columns.map((c) => r.values[c] ?? ''),
    r.answer,
    r.status,
    r.error ?? '',
    text(r.promptTokens),
    text(r.completionTokens),
    text(r.ms),
    ...(withGrade ? [gradeStatus(r), r.grade?.reason ?? ''] : []),
  ]);
  return toCsv(
    header.map(spreadsheetSafe),
    rows.map((row) => row.map(spreadsheetSafe)),
  );
}

export function resultsToJsonl(results: readonly RowResult[]): string {
  const withGrade = graded(results);
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
        ...(withGrade ? { grade: r.grade ?? null } : {}),
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}
