/**
 * Browser side of /api/files and /api/batches. Batches live at Groq, so the list is a query (never
 * copied into a store) and survives reloads; it polls, with backoff, only while a batch is active.
 */
import { queryOptions } from '@tanstack/react-query';
import { addBatchResultLine, type BatchRowResult, type CompletionWindow } from '../datasets/batch-file';
import type { BatchFiles } from '../datasets/batch-results';
import { JsonlSplitter } from '../datasets/jsonl-lines';
import { type PlaygroundErrorBody, parseErrorBody } from '../errors';
import { networkError, parseJson, responseError } from './response-error';

export interface Batch {
  id: string;
  status: string;
  completion_window: string;
  created_at: number;
  expires_at?: number | null;
  completed_at?: number | null;
  input_file_id: string;
  output_file_id?: string | null;
  error_file_id?: string | null;
  request_counts?: { total: number; completed: number; failed: number } | null;
  errors?: { data?: { code?: string; message?: string; line?: number | null }[] } | null;
  metadata?: Record<string, string> | null;
}

export const ACTIVE_STATUSES = new Set(['validating', 'in_progress', 'finalizing', 'cancelling']);

export class ApiCallError extends Error {
  constructor(readonly body: PlaygroundErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
  }
}

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new ApiCallError(networkError(error));
  }
  const text = await response.text();
  const json = parseJson(text);
  if (!response.ok)
    throw new ApiCallError(parseErrorBody(json, response.status) ?? responseError(json, response));
  return json as T;
}

export function uploadBatchFile(jsonl: string, filename: string, signal?: AbortSignal) {
  return call<{ id: string; bytes?: number }>(`/api/files?filename=${encodeURIComponent(filename)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/jsonl' },
    body: jsonl,
    signal,
  });
}

export function createBatch(inputFileId: string, completionWindow: CompletionWindow, rows: number) {
  return call<Batch>('/api/batches', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      input_file_id: inputFileId,
      completion_window: completionWindow,
      metadata: { source: 'playground', rows: String(rows) },
    }),
  });
}

export function cancelBatch(id: string) {
  return call<Batch>(`/api/batches/${encodeURIComponent(id)}/cancel`, { method: 'POST' });
}

/**
 * Streams a batch file line by line into `onLine` (blank lines skipped): an output file may be
 * tens of MB, and neither its whole text nor an array of its lines is ever held.
 */
export async function readFileLines(
  id: string,
  onLine: (line: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/files/${encodeURIComponent(id)}/content`, { signal });
  } catch (error) {
    throw new ApiCallError(networkError(error));
  }
  if (!response.ok) {
    const json = parseJson(await response.text());
    throw new ApiCallError(parseErrorBody(json, response.status) ?? responseError(json, response));
  }
  if (!response.body) return;
  const splitter = new JsonlSplitter(Number.MAX_SAFE_INTEGER);
  const take = (line: { text: string } | null) => {
    if (line && line.text.trim() !== '') onLine(line.text);
  };
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const line of splitter.push(chunk.value)) take(line);
  }
  take(splitter.end());
}

export function fileUrl(id: string): string {
  return `/api/files/${encodeURIComponent(id)}/content`;
}

/** Poll delay: 1 s after a batch changed, growing ×1.5 per unchanged poll, at most 30 s. */
export function pollDelay(unchangedPolls: number): number {
  return Math.min(30_000, Math.round(1_000 * 1.5 ** unchangedPolls));
}

export interface BatchList {
  data: Batch[];
  paging?: { next_cursor?: string | null } | null;
}

/** A later page of the list (Groq's `paging.next_cursor`). */
export function batchesPage(cursor: string) {
  return call<BatchList>(`/api/batches?cursor=${encodeURIComponent(cursor)}`);
}

export const batchesQueryOptions = queryOptions({
  queryKey: ['batches'],
  queryFn: ({ signal }) => call<BatchList>('/api/batches', { signal }),
  staleTime: 5_000,
  retry: 1,
});

export function hasActiveBatch(batches: readonly Batch[] | undefined): boolean {
  return batches?.some((b) => ACTIVE_STATUSES.has(b.status)) ?? false;
}

export function batchQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['batches', id],
    queryFn: ({ signal }) => call<Batch>(`/api/batches/${encodeURIComponent(id)}`, { signal }),
    retry: 1,
  });
}

/** Whether a batch has ended with files worth reading (completed, or cancelled/expired part-way). */
export function hasResults(batch: Batch): boolean {
  return Boolean(batch.output_file_id || batch.error_file_id) && !ACTIVE_STATUSES.has(batch.status);
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
