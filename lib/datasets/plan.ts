/**
 * Before Run all or Submit batch: the dataset parsed, every variable the prompt uses has a column and
 * a value in every row, and each row's request built by the one request builder. Any problem stops
 * everything (nothing is sent) with a message that says where.
 */
import type { ChatRequest } from '../schema/chat-request';
import { type Dataset, type DatasetRow, missingColumns, parseDataset } from './dataset';
import { extractVariables, requestTexts, type VariableValues } from './variables';

export interface PlannedRow {
  key: string;
  values: Record<string, string>;
  request: ChatRequest;
}

export type Plan =
  | { ok: true; dataset: Dataset; variables: string[]; rows: PlannedRow[] }
  | { ok: false; message: string; line?: number };

const braces = (names: readonly string[]) => names.map((n) => `{{${n}}}`).join(', ');

function emptyValue(row: DatasetRow, variables: readonly string[]): string | undefined {
  return variables.find((v) => (row.values[v] ?? '') === '');
}

/** `build(values)` is the request Submit would send with those variable values. */
export function planDataset(text: string, build: (values: VariableValues) => ChatRequest): Plan {
  const parsed = parseDataset(text);
  if (!parsed.ok) return parsed;
  const { dataset } = parsed;
  const template = build({});
  if (!template.messages.some((m) => m.role !== 'system')) {
    return { ok: false, message: 'Write the prompt first: type a message (for example in the composer).' };
  }
  const variables = extractVariables(...requestTexts(template));
  if (variables.length === 0) {
    return {
      ok: false,
      message: `The prompt has no variables, so every row would send the same request. Write {{${dataset.columns[0] ?? 'name'}}} where a column's value goes.`,
    };
  }
  const missing = missingColumns(dataset, variables);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `The dataset has no column for ${braces(missing)} (its columns: ${dataset.columns.join(', ')}).`,
    };
  }
  for (const row of dataset.rows) {
    const empty = emptyValue(row, variables);
    if (empty !== undefined) {
      return {
        ok: false,
        line: row.line,
        message: `Line ${row.line} (${row.key}) has no value for {{${empty}}}; an empty variable is never sent.`,
      };
    }
  }
  const rows = dataset.rows.map((row) => ({ key: row.key, values: row.values, request: build(row.values) }));
  return { ok: true, dataset, variables, rows };
}
