/**
 * Batches API over the simulator's files: POST /batches, GET /batches (cursor), GET /batches/{id},
 * POST /batches/{id}/cancel. Status moves with time, one `batchStepMs` per stage: validating →
 * in_progress (two steps, request_counts growing) → finalizing → completed, with output and error
 * files whose lines carry each request's `custom_id`. Each line runs through the simulator's own
 * chat handler, so triggers and validation errors behave as they do live.
 */

import { COMPLETION_WINDOW_SECONDS, ENDPOINTS, type LineError, validateLines } from './batch-input';
import { ApiError, invalidRequest } from './errors';
import { type FileStore, newId, type StoreLimits } from './files';
import type { RouteContext } from './http';
import { jsonResponse } from './http';

export interface LineResult {
  customId: string;
  statusCode: number;
  requestId: string;
  body: unknown;
}

/** Runs one request body through the chat handler (no delay, not logged). */
export type RunChat = (body: unknown) => Promise<{ status: number; requestId: string; body: unknown }>;

interface BatchRecord {
  id: string;
  createdMs: number;
  inputFileId: string;
  window: string;
  metadata: Record<string, string> | null;
  lineCount: number;
  errors: LineError[];
  results: Promise<LineResult[]> | null;
  cancelledMs: number | null;
  completedSnapshot: number;
  outputFileId: string | null;
  errorFileId: string | null;
  finalizedMs: number | null;
}

export class BatchStore {
  private readonly batches = new Map<string, BatchRecord>();

  constructor(
    private readonly files: FileStore,
    private readonly runChat: RunChat,
    private readonly stepMs: number,
    private readonly limits: StoreLimits = { count: Infinity, size: Infinity },
  ) {}

  /** Makes room for a batch of `lines` requests: the oldest batches go first. */
  private makeRoom(lines: number): void {
    if (lines > this.limits.size) {
      throw invalidRequest(
        `the batch has ${lines} requests; this simulator keeps at most ${this.limits.size} requests of batches`,
      );
    }
    let kept = 0;
    for (const batch of this.batches.values()) kept += batch.lineCount;
    for (const [id, batch] of this.batches) {
      if (this.batches.size < this.limits.count && kept + lines <= this.limits.size) break;
      this.batches.delete(id);
      kept -= batch.lineCount;
    }
  }

  create(body: unknown): BatchRecord {
    const params = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (typeof params.input_file_id !== 'string')
      throw invalidRequest("'input_file_id' : property 'input_file_id' is missing");
    if (typeof params.endpoint !== 'string' || !ENDPOINTS.includes(params.endpoint)) {
      throw invalidRequest(`'endpoint' : value must be one of [${ENDPOINTS.join(' ')}]`);
    }
    if (
      typeof params.completion_window !== 'string' ||
      !(params.completion_window in COMPLETION_WINDOW_SECONDS)
    ) {
      throw invalidRequest(
        `'completion_window' : value must be a duration from 24h to 7d (${Object.keys(COMPLETION_WINDOW_SECONDS).join(', ')})`,
      );
    }
    const file = this.files.get(params.input_file_id);
    if (file.purpose !== 'batch') throw invalidRequest(`file '${file.id}' does not have purpose 'batch'`);
    const { count, errors, bodies } = validateLines(file.content);
    this.makeRoom(count);
    const record: BatchRecord = {
      id: newId('batch'),
      createdMs: Date.now(),
      inputFileId: file.id,
      window: params.completion_window,
      metadata: (params.metadata as Record<string, string> | null | undefined) ?? null,
      lineCount: count,
      errors,
      results: errors.length > 0 ? null : this.run(bodies),
      cancelledMs: null,
      completedSnapshot: 0,
      outputFileId: null,
      errorFileId: null,
      finalizedMs: null,
    };
    this.batches.set(record.id, record);
    return record;
  }

  private async run(bodies: [string, unknown][]): Promise<LineResult[]> {
    const out: LineResult[] = [];
    for (const [customId, body] of bodies) {
      const result = await this.runChat({ ...(body as object), stream: false });
      out.push({ customId, statusCode: result.status, requestId: result.requestId, body: result.body });
    }
    return out;
  }

  get(id: string): BatchRecord {
    const batch = this.batches.get(id);
    if (!batch)
      throw new ApiError(404, {
        message: `batch '${id}' not found`,
        type: 'invalid_request_error',
        code: 'not_found',
      });
    return batch;
  }

  list(): BatchRecord[] {
    return [...this.batches.values()].sort((a, b) => b.createdMs - a.createdMs);
  }

  cancel(id: string): BatchRecord {
    const batch = this.get(id);
    const status = this.stage(batch, Date.now()).status;
    if (status === 'validating' || status === 'in_progress') {
      batch.cancelledMs = Date.now();
      batch.completedSnapshot = this.stage(batch, batch.cancelledMs).completed;
    } else if (!['cancelling', 'cancelled'].includes(status)) {
      throw invalidRequest(`Cannot cancel a batch with status '${status}'.`);
    }
    return batch;
  }

  /** The batch's stage at `now`, by the clock alone. */
  private stage(batch: BatchRecord, now: number): { status: string; completed: number } {
    const total = batch.lineCount;
    if (batch.cancelledMs !== null) {
      const done = now - batch.cancelledMs >= this.stepMs;
      return { status: done ? 'cancelled' : 'cancelling', completed: batch.completedSnapshot };
    }
    const steps = (now - batch.createdMs) / this.stepMs;
    if (steps < 1) return { status: 'validating', completed: 0 };
    if (batch.errors.length > 0) return { status: 'failed', completed: 0 };
    if (steps < 3) return { status: 'in_progress', completed: Math.floor((total * (steps - 1)) / 2) };
    if (steps < 4) return { status: 'finalizing', completed: total };
    return { status: 'completed', completed: total };
  }

  /** The Groq batch object, writing the output and error files once the batch has ended. */
  async view(batch: BatchRecord) {
    const now = Date.now();
    const { status } = this.stage(batch, now);
    const ended = status === 'completed' || status === 'cancelled';
    if (ended && batch.finalizedMs === null && batch.results) await this.finalize(batch, status, now);
    const results = batch.finalizedMs !== null && batch.results ? await batch.results : null;
    const failed = results ? results.filter((r) => r.statusCode >= 400).length : 0;
    const completed = results ? results.length - failed : this.stage(batch, now).completed;
    const at = (steps: number) => Math.floor((batch.createdMs + steps * this.stepMs) / 1000);
    const reached = (name: string) =>
      ['in_progress', 'finalizing', 'completed'].indexOf(status) >=
      ['in_progress', 'finalizing', 'completed'].indexOf(name);
    return {
      id: batch.id,
      object: 'batch',
      endpoint: '/v1/chat/completions',
      errors: batch.errors.length > 0 ? { object: 'list', data: batch.errors } : null,
      input_file_id: batch.inputFileId,
      completion_window: batch.window,
      status,
      output_file_id: batch.outputFileId,
      error_file_id: batch.errorFileId,
      created_at: Math.floor(batch.createdMs / 1000),
      in_progress_at: reached('in_progress') ? at(1) : null,
      expires_at: Math.floor(batch.createdMs / 1000) + (COMPLETION_WINDOW_SECONDS[batch.window] ?? 86_400),
      finalizing_at: reached('finalizing') ? at(3) : null,
      completed_at: status === 'completed' ? at(4) : null,
      failed_at: status === 'failed' ? at(1) : null,
      expired_at: null,
      cancelling_at: batch.cancelledMs !== null ? Math.floor(batch.cancelledMs / 1000) : null,
      cancelled_at:
        status === 'cancelled' && batch.cancelledMs !== null
          ? Math.floor((batch.cancelledMs + this.stepMs) / 1000)
          : null,
      request_counts: { total: batch.lineCount, completed, failed },
      metadata: batch.metadata,
    };
  }

  private async finalize(batch: BatchRecord, status: string, now: number): Promise<void> {
    batch.finalizedMs = now;
    const all = (await batch.results) ?? [];
    const kept = status === 'cancelled' ? all.slice(0, batch.completedSnapshot) : all;
    const line = (r: LineResult) =>
      JSON.stringify({
        id: newId('batch_req'),
        custom_id: r.customId,
        response: { status_code: r.statusCode, request_id: r.requestId, body: r.body },
        error: null,
      });
    const ok = kept.filter((r) => r.statusCode < 400).map(line);
    const bad = kept.filter((r) => r.statusCode >= 400).map(line);
    for (const r of all.slice(kept.length)) {
      bad.push(
        JSON.stringify({
          id: newId('batch_req'),
          custom_id: r.customId,
          response: null,
          error: { code: 'batch_cancelled', message: 'The batch was cancelled before this request ran.' },
        }),
      );
    }
    batch.results = Promise.resolve(kept);
    if (ok.length > 0)
      batch.outputFileId = this.files.add(
        `batch_${batch.id}_output.jsonl`,
        'batch_output',
        `${ok.join('\n')}\n`,
      ).id;
    if (bad.length > 0)
      batch.errorFileId = this.files.add(
        `batch_${batch.id}_error.jsonl`,
        'batch_output',
        `${bad.join('\n')}\n`,
      ).id;
  }
}

async function readJsonBody(ctx: RouteContext): Promise<unknown> {
  try {
    const body: unknown = await ctx.request.json();
    ctx.log.body = body;
    return body;
  } catch {
    throw invalidRequest('We could not parse the JSON body of your request.');
  }
}

/** Routes under /batches, or null when the path is not one of them. */
export async function handleBatches(
  ctx: RouteContext,
  store: BatchStore,
  method: string,
  sub: string,
): Promise<Response | null> {
  if (sub === '/batches') {
    if (method === 'POST')
      return jsonResponse(ctx, 200, await store.view(store.create(await readJsonBody(ctx))));
    if (method !== 'GET') return null;
    const ids = ctx.url.searchParams.getAll('id');
    const limit = Math.min(100, Math.max(1, Number(ctx.url.searchParams.get('limit') ?? 20) || 20));
    const cursor = ctx.url.searchParams.get('cursor') ?? ctx.url.searchParams.get('after');
    let all = store.list();
    if (ids.length > 0) all = all.filter((b) => ids.includes(b.id));
    const start = cursor ? all.findIndex((b) => b.id === cursor) + 1 : 0;
    const page = all.slice(start, start + limit);
    const next = start + limit < all.length ? (page.at(-1)?.id ?? null) : null;
    const data = await Promise.all(page.map((b) => store.view(b)));
    return jsonResponse(ctx, 200, { object: 'list', data, paging: { next_cursor: next } });
  }
  const match = /^\/batches\/([^/]+)(\/cancel)?$/.exec(sub);
  if (!match) return null;
  const id = decodeURIComponent(match[1] as string);
  if (match[2]) return method === 'POST' ? jsonResponse(ctx, 200, await store.view(store.cancel(id))) : null;
  return method === 'GET' ? jsonResponse(ctx, 200, await store.view(store.get(id))) : null;
}
