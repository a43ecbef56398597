/**
 * The Dataset textbox: CSV with a header row, or JSON Lines of objects (or a JSON array of objects,
 * from an uploaded .json). Columns are variable names; each row gets a stable key (`row-1`, …) that
 * becomes its batch `custom_id`.
 */
import { parseCsv } from './csv';

/** Stated in the panel and enforced here: enough for a real test set, small enough for a tab. */
export const MAX_DATASET_ROWS = 2_000;
export const MAX_DATASET_BYTES = 2 * 1024 * 1024;

export interface DatasetRow {
  /** `row-<n>`, n counting data rows from 1: the batch `custom_id`. */
  key: string;
  /** 1-based line of the text where the row starts. */
  line: number;
  values: Record<string, string>;
}

export interface Dataset {
  format: 'csv' | 'jsonl' | 'json';
  columns: string[];
  rows: DatasetRow[];
}

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; message: string; line?: number };

const fail = (message: string, line?: number): DatasetResult =>
  line === undefined ? { ok: false, message } : { ok: false, message, line };

export function rowKey(index: number): string {
  return `row-${index + 1}`;
}

function stringValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

export function parseDataset(text: string): DatasetResult {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_DATASET_BYTES) {
    return fail(
      `The dataset is ${(bytes / 1024 / 1024).toFixed(1)} MB; at most ${MAX_DATASET_BYTES / 1024 / 1024} MB fits here.`,
    );
  }
  if (text.trim() === '') return fail('The dataset is empty: paste CSV with a header row, or JSON Lines.');
  const result = looksLikeJson(text) ? parseJsonRows(text) : parseCsvRows(text);
  if (result.ok && result.dataset.rows.length > MAX_DATASET_ROWS) {
    return fail(
      `The dataset has ${result.dataset.rows.length} rows; at most ${MAX_DATASET_ROWS} can run at once.`,
    );
  }
  if (result.ok && result.dataset.rows.length === 0) return fail('The dataset has a header but no rows.');
  return result;
}

function parseCsvRows(text: string): DatasetResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail(parsed.message, parsed.line);
  const [header, ...records] = parsed.records;
  if (!header) return fail('The dataset is empty: paste CSV with a header row, or JSON Lines.');
  const columns = header.fields.map((f) => f.trim());
  const seen = new Set<string>();
  for (const [i, column] of columns.entries()) {
    if (column === '')
      return fail(`Line ${header.line}: column ${i + 1} of the header has no name.`, header.line);
    if (seen.has(column))
      return fail(`Line ${header.line}: the header names "${column}" twice.`, header.line);
    seen.add(column);
  }
  const rows: DatasetRow[] = [];
  for (const [i, record] of records.entries()) {
    if (record.fields.length !== columns.length) {
      return fail(
        `Line ${record.line}: ${record.fields.length} ${record.fields.length === 1 ? 'field' : 'fields'}, but the header has ${columns.length}.`,
        record.line,
      );
    }
    const values: Record<string, string> = {};
    columns.forEach((column, c) => {
      values[column] = record.fields[c] ?? '';
    });
    rows.push({ key: rowKey(i), line: record.line, values });
  }
  return { ok: true, dataset: { format: 'csv', columns, rows } };
}

function parseJsonRows(text: string): DatasetResult {
  const objects: { value: unknown; line: number }[] = [];
  let format: Dataset['format'] = 'jsonl';
  if (text.trimStart().startsWith('[')) {
    format = 'json';
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return fail(
        `The JSON array does not parse: ${error instanceof Error ? error.message : String(error)}.`,
      );
    }
    if (!Array.isArray(data)) return fail('A JSON dataset must be an array of objects.');
    for (const [i, value] of data.entries()) objects.push({ value, line: i + 1 });
  } else {
    for (const [i, raw] of text.split(/\r\n|\n|\r/).entries()) {
      if (raw.trim() === '') continue;
      try {
        objects.push({ value: JSON.parse(raw), line: i + 1 });
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return fail(`Line ${i + 1}: not valid JSON (${why}).`, i + 1);
      }
    }
  }
  const columns: string[] = [];
  const rows: DatasetRow[] = [];
  const where = (line: number) => (format === 'json' ? `Item ${line}` : `Line ${line}`);
  for (const [i, { value, line }] of objects.entries()) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(`${where(line)}: each row must be a JSON object like {"city": "Paris"}.`, line);
    }
    const values: Record<string, string> = {};
    for (const [key, v] of Object.entries(value)) {
      if (!columns.includes(key)) columns.push(key);
      values[key] = stringValue(v);
    }
    rows.push({ key: rowKey(i), line, values });
  }
  for (const row of rows) for (const c of columns) row.values[c] ??= '';
  return { ok: true, dataset: { format, columns, rows } };
}

/** Variables the prompt uses that the dataset has no column for (each must have one). */
export function missingColumns(dataset: Dataset, variables: readonly string[]): string[] {
  return variables.filter((v) => !dataset.columns.includes(v));
}

/** Rows where a variable the prompt uses is empty: they cannot be sent. */
export function rowsWithEmptyValues(dataset: Dataset, variables: readonly string[]): DatasetRow[] {
  return dataset.rows.filter((row) => variables.some((v) => (row.values[v] ?? '') === ''));
}
