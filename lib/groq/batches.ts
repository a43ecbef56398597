import 'server-only';
/**
 * Groq's Files and Batches behind the playground, with the server key: the routes under
 * app/api/files and app/api/batches are one call each into here. Every one runs the gate first,
 * then acts only on the ids its owner created here (lib/groq/batch-access.ts): Groq's organisation
 * may hold other batches and files, and none of them is listed, read, cancelled or used as input.
 */
import { z } from 'zod';
import { BATCH_ENDPOINT, COMPLETION_WINDOWS } from '../datasets/batch-file';
import { invalidRequest, type PlaygroundError } from '../errors';
import { batchTokenBudget, spendBatchTokens } from '../security/batch-budget';
import type { GateContext } from '../security/gate';
import { type BatchAccess, ID, notFound, rememberBatchFiles, withBatchAccess } from './batch-access';
import { checkedJsonl, multipartUpload, UploadRefused } from './batch-upload';
import { errorResponse } from './errors';
import { groqFetch } from './files-upstream';
import { peekLiveModel } from './models';
import { getUpstream } from './upstream';

const noStore = { 'cache-control': 'no-store' };

export type CreateBatchBody = z.infer<typeof createBatchBody>;

/** POST /api/files: the JSONL body (not multipart), checked line by line, sent to Groq's Files API. */
export function uploadBatchFile(request: Request, gate: GateContext): Promise<Response> {
  return withBatchAccess(request, gate, {}, async (access) => {
    if (!request.body) return errorResponse(invalidRequest('The batch file is empty.', 'empty_file'));
    const filename = new URL(request.url).searchParams.get('filename') || 'batch.jsonl';
    if (!filename.endsWith('.jsonl'))
      return errorResponse(invalidRequest('The file name must end in .jsonl.'));
    const { config } = access;
    const tokenBudget = batchTokenBudget(config);
    const ceiling = config.MAX_COMPLETION_TOKENS_CEILING;
    const declared = request.headers.get('content-length');
    const check = checkedJsonl({
      limits: {
        ALLOWED_MODELS: config.ALLOWED_MODELS,
        MAX_COMPLETION_TOKENS_CEILING: ceiling,
        pinMaximum: ceiling > 0 || tokenBudget > 0,
      },
      tokenBudget,
      declaredBytes: declared && /^\d+$/.test(declared) ? Number(declared) : null,
      lookup: peekLiveModel,
    });
    let sent = () => {};
    const bodySent = new Promise<void>((resolve) => {
      sent = resolve;
    });
    const multipart = multipartUpload(request.body.pipeThrough(check.stream), filename, sent);
    let file: unknown;
    try {
      const response = await groqFetch(
        '/files',
        {
          method: 'POST',
          headers: { 'content-type': multipart.contentType },
          body: multipart.body,
          duplex: 'half',
        },
        { signal: request.signal, timeoutFrom: bodySent },
      );
      file = await response.json();
    } catch (error) {
      const refusal = findRefusal(error);
      if (refusal) return errorResponse(refusal);
      throw error;
    }
    const id = typeof file === 'object' && file !== null ? Reflect.get(file, 'id') : undefined;
    if (typeof id !== 'string' || !ID.test(id)) throw new Error('Groq answered the upload without a file id');
    await access.store.addFile(access.owner, id, { inputTokens: check.totals.tokens });
    return Response.json(file, { headers: noStore });
  });
}

/** The limit a line broke, wherever fetch wrapped it (as the error or its cause). */
function findRefusal(error: unknown): PlaygroundError | null {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    if (e instanceof UploadRefused) return e.error;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** GET /api/files/{id}/content: an owned batch file, streamed from Groq to the browser. */
export function downloadFile(request: Request, gate: GateContext, id: string): Promise<Response> {
  return withBatchAccess(request, gate, { id: { kind: 'file', value: id } }, async (access) => {
    if (!(await access.store.file(access.owner, id))) return errorResponse(notFound('file', id));
    const response = await groqFetch(`/files/${id}/content`, { method: 'GET' }, { signal: request.signal });
    return new Response(response.body, {
      headers: {
        'content-type': 'application/jsonl; charset=utf-8',
        'content-disposition': `attachment; filename="${id}.jsonl"`,
        'x-content-type-options': 'nosniff',
        ...noStore,
      },
    });
  });
}

export const createBatchBody = z.strictObject({
  input_file_id: z.string().regex(ID),
  completion_window: z.enum(COMPLETION_WINDOWS),
  metadata: z.record(z.string().max(64), z.string().max(512)).optional(),
});

async function answerWithBatch(access: BatchAccess, batch: unknown): Promise<Response> {
  await rememberBatchFiles(access, batch);
  return Response.json(batch, { headers: noStore });
}

/**
 * POST /api/batches: `{ input_file_id, completion_window, metadata? }` → Groq's batch object. The
 * input must be a file this owner uploaded here (so its lines were checked), and starting the batch
 * spends the file's token total from the batch budget, every time.
 */
export function createBatch(request: Request, gate: GateContext, body: CreateBatchBody): Promise<Response> {
  return withBatchAccess(request, gate, {}, async (access) => {
    const fileId = body.input_file_id;
    const file = await access.store.file(access.owner, fileId);
    if (!file) return errorResponse(notFound('file', fileId));
    if (file.inputTokens === null) {
      return errorResponse(
        invalidRequest(
          `\`${fileId}\` is a batch's output file; start a batch from an uploaded input file.`,
          'not_an_input_file',
        ),
      );
    }
    const refused = await spendBatchTokens(access.config, access.context.clientKeys, file.inputTokens);
    if (refused) return errorResponse(refused);
    const { client } = await getUpstream();
    const batch = await client.batches.create(
      { ...body, endpoint: BATCH_ENDPOINT },
      { signal: request.signal },
    );
    await access.store.addBatch(access.owner, batch.id);
    return answerWithBatch(access, batch);
  });
}

/**
 * GET /api/batches[?cursor=…]: the owner's batches (its newest 200), newest first, fetched from
 * Groq by id (`?id=` repeated) and filtered again here, so nothing else ever shows.
 */
export function listBatches(request: Request, gate: GateContext): Promise<Response> {
  return withBatchAccess(request, gate, {}, async (access) => {
    const ids = await access.store.batches(access.owner);
    if (ids.length === 0) {
      return Response.json({ object: 'list', data: [], paging: { next_cursor: null } }, { headers: noStore });
    }
    const query = new URLSearchParams(ids.map((id) => ['id', id]));
    // Groq's cursor is opaque (`paging.next_cursor`): passed on as a query value, never into a path.
    const cursor = new URL(request.url).searchParams.get('cursor');
    if (cursor && /^[\w.=+/-]{1,512}$/.test(cursor)) query.set('cursor', cursor);
    const response = await groqFetch(`/batches?${query}`, { method: 'GET' }, { signal: request.signal });
    const list = (await response.json()) as { data?: unknown[]; paging?: unknown };
    const owned = new Set(ids);
    const data = (Array.isArray(list.data) ? list.data : []).filter((batch) => {
      const id = typeof batch === 'object' && batch !== null ? Reflect.get(batch, 'id') : undefined;
      return typeof id === 'string' && owned.has(id);
    });
    for (const batch of data) await rememberBatchFiles(access, batch);
    return Response.json({ ...list, data }, { headers: noStore });
  });
}

/** GET /api/batches/{id} and POST /api/batches/{id}/cancel, for the owner's batches only. */
export function ownedBatchCall(
  request: Request,
  gate: GateContext,
  id: string,
  action: 'retrieve' | 'cancel',
): Promise<Response> {
  return withBatchAccess(request, gate, { id: { kind: 'batch', value: id } }, async (access) => {
    if (!(await access.store.hasBatch(access.owner, id))) return errorResponse(notFound('batch', id));
    const { client } = await getUpstream();
    const options = { signal: request.signal };
    const batch =
      action === 'cancel'
        ? await client.batches.cancel(id, options)
        : await client.batches.retrieve(id, options);
    return answerWithBatch(access, batch);
  });
}
