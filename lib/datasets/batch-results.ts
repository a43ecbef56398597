/**
 * A finished batch's rows for the results table: its output and error files joined to rows by
 * `custom_id`. The files stream in line by line (only what the rows keep is held, never a file's
 * text); `batchResultRows` is pure.
 */
import { type Batch, readFileLines } from '../client/batches-api';
import { addBatchResultLine, type BatchRowResult } from './batch-file';
import type { RowResult } from './run-all';
import type { VariableValues } from './variables';

function lastUserText(request: unknown): string {
  const messages = (request as { messages?: { role?: string; content?: unknown }[] } | null)?.messages ?? [];
  const last = [...messages].reverse().find((m) => m.role === 'user');
  return typeof last?.content === 'string' ? last.content : '';
}

export interface BatchFiles {
  /** Output and error lines by `custom_id`. */
  joined: ReadonlyMap<string, BatchRowResult>;
  /** The input file's lines (empty when it could not be read). */
  lines: readonly { custom_id: string; body: unknown }[];
}

/** A line of the batch's input file: its row key and the request it sent (null if not one). */
function parseInputLine(raw: string): { custom_id: string; body: unknown } | null {
  try {
    const line = JSON.parse(raw) as { custom_id?: unknown; body?: unknown };
    return typeof line.custom_id === 'string' ? { custom_id: line.custom_id, body: line.body } : null;
  } catch {
    return null;
  }
}

/** Streams a batch's output, error and input files through the browser, line by line. */
export async function readBatchFiles(
  batch: Pick<Batch, 'output_file_id' | 'error_file_id' | 'input_file_id'>,
): Promise<BatchFiles> {
  const joined = new Map<string, BatchRowResult>();
  const lines: { custom_id: string; body: unknown }[] = [];
  const addResult = (raw: string) => addBatchResultLine(joined, raw);
  await Promise.all([
    batch.output_file_id ? readFileLines(batch.output_file_id, addResult) : null,
    batch.error_file_id ? readFileLines(batch.error_file_id, addResult) : null,
    readFileLines(batch.input_file_id, (raw) => {
      const line = parseInputLine(raw);
      if (line) lines.push(line);
    }).catch(() => {
      lines.length = 0;
    }),
  ]);
  return { joined, lines };
}

/**
 * Rows come from the dataset (`known`, when this browser submitted the batch with it), else from the
 * batch's own input file (a fresh browser: the input column shows the prompt each line sent).
 * `waiting` are the rows this browser shows for the batch while it runs.
 */
export function batchResultRows(
  batch: Pick<Batch, 'status'>,
  { joined, lines }: BatchFiles,
  known: ReadonlyMap<string, VariableValues>,
  waiting: readonly RowResult[],
): RowResult[] {
  // The input file names the rows; without it, the output does; a batch that ended with neither
  // (cancelled before any row ran, input unreadable) ends the rows this browser is waiting for.
  const keys =
    lines.length > 0
      ? lines.map((l) => l.custom_id)
      : joined.size > 0
        ? [...joined.keys()]
        : waiting.map((r) => r.key);
  const bodies = new Map(lines.map((l) => [l.custom_id, l.body]));
  const before = new Map(waiting.map((r) => [r.key, r]));
  return keys.map((key) => {
    const result = joined.get(key);
    const body = bodies.get(key) ?? before.get(key)?.request ?? null;
    return {
      key,
      values: known.get(key) ?? before.get(key)?.values ?? { prompt: lastUserText(body) },
      status: result ? result.status : 'error',
      answer: result?.answer ?? '',
      promptTokens: result?.promptTokens ?? null,
      completionTokens: result?.completionTokens ?? null,
      ms: result?.seconds != null ? Math.round(result.seconds * 1000) : null,
      error: result ? result.error : `Not in the output (batch ${batch.status}).`,
      request: body as RowResult['request'],
    };
  });
}
