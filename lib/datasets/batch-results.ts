/**
 * A finished batch's rows for the results table: its output and error files joined to rows by
 * `custom_id` (lib/client/batches-api.ts streams them in line by line). Pure.
 */
import type { BatchRowResult } from './batch-file';
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

/**
 * Rows come from the dataset (`known`, when this browser submitted the batch with it), else from the
 * batch's own input file (a fresh browser: the input column shows the prompt each line sent).
 * `waiting` are the rows this browser shows for the batch while it runs.
 */
export function batchResultRows(
  batch: { status: string },
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
