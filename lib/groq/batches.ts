import 'server-only';
/**
 * Groq's Files and Batches behind the playground, with the server key: the routes under
 * app/api/files and app/api/batches are one call each into here, after the gate.
 */
import { APIError } from 'groq-sdk';
import { z } from 'zod';
import { BATCH_ENDPOINT, COMPLETION_WINDOWS, MAX_BATCH_FILE_BYTES } from '../datasets/batch-file';
import { invalidRequest, type PlaygroundError } from '../errors';
import type { SecurityConfig } from '../security/config';
import { admit, openGate, readLimitedText } from '../security/gate';
import { checkedJsonl, multipartUpload, UploadRefused } from './batch-upload';
import { errorResponse, toPlaygroundError } from './errors';
import { getUpstream } from './upstream';

/** Groq's ids are `file_…`/`batch_…`: anything else never reaches a URL. */
const ID = /^[A-Za-z0-9_-]{1,128}$/;

type Gate =
  | { ok: true; config: SecurityConfig; maxBodyBytes: number }
  | { ok: false; error: PlaygroundError };

/**
 * The gate for these routes: Origin, access session, declared size, then the client's request budget
 * (lib/security/gate.ts). The only two places here that know the gate's API are this and `readBody`.
 */
async function gate(request: Request, maxBodyBytes?: number): Promise<Gate> {
  const opened = await openGate(request, maxBodyBytes ? { maxBodyBytes } : {});
  if (!opened.ok) return opened;
  const admitted = await admit(opened.context, {});
  if (!admitted.ok) return admitted;
  admitted.ticket.release();
  return { ok: true, config: opened.context.config, maxBodyBytes: opened.context.maxBodyBytes };
}

/** A small JSON body, within the gate's body limit. */
function readBody(request: Request, opened: Extract<Gate, { ok: true }>): Promise<string | PlaygroundError> {
  return readLimitedText(request, opened.maxBodyBytes);
}

async function upstreamFailure(response: Response): Promise<APIError> {
  const text = await response.text();
  let json: object | undefined;
  try {
    json = JSON.parse(text) as object;
  } catch {
    json = undefined;
  }
  return APIError.generate(response.status, json, text.slice(0, 500), response.headers);
}

/** POST /api/files: the JSONL body (not multipart) streamed to Groq's Files API as purpose=batch. */
export async function uploadBatchFile(request: Request): Promise<Response> {
  const opened = await gate(request, MAX_BATCH_FILE_BYTES);
  if (!opened.ok) return errorResponse(opened.error);
  if (!request.body) return errorResponse(invalidRequest('The batch file is empty.', 'empty_file'));
  const filename = new URL(request.url).searchParams.get('filename') || 'batch.jsonl';
  if (!filename.endsWith('.jsonl')) return errorResponse(invalidRequest('The file name must end in .jsonl.'));
  const { apiKey, baseURL } = await getUpstream();
  const declared = request.headers.get('content-length');
  const check = checkedJsonl(opened.config, declared && /^\d+$/.test(declared) ? Number(declared) : null);
  const multipart = multipartUpload(request.body.pipeThrough(check), filename);
  try {
    const response = await fetch(`${baseURL}/openai/v1/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': multipart.contentType },
      body: multipart.body,
      signal: request.signal,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    if (!response.ok) throw await upstreamFailure(response);
    return Response.json(await response.json(), { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    const refusal = findRefusal(error);
    return errorResponse(refusal ?? toPlaygroundError(error, apiKey));
  }
}

/** The limit a line broke, wherever fetch wrapped it (as the error or its cause). */
function findRefusal(error: unknown): PlaygroundError | null {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    if (e instanceof UploadRefused) return e.error;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** GET /api/files/{id}/content: a batch output or error file, streamed from Groq to the browser. */
export async function downloadFile(request: Request, id: string): Promise<Response> {
  const opened = await gate(request);
  if (!opened.ok) return errorResponse(opened.error);
  if (!ID.test(id)) return errorResponse(invalidRequest('Not a file id.', 'invalid_id', 404));
  const { apiKey, baseURL } = await getUpstream();
  try {
    const response = await fetch(`${baseURL}/openai/v1/files/${id}/content`, {
      headers: { authorization: `Bearer ${apiKey}` },
      signal: request.signal,
    });
    if (!response.ok) throw await upstreamFailure(response);
    return new Response(response.body, {
      headers: {
        'content-type': 'application/jsonl; charset=utf-8',
        'content-disposition': `attachment; filename="${id}.jsonl"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    return errorResponse(toPlaygroundError(error, apiKey));
  }
}

const createBatchBody = z.strictObject({
  input_file_id: z.string().regex(ID),
  completion_window: z.enum(COMPLETION_WINDOWS),
  metadata: z.record(z.string().max(64), z.string().max(512)).optional(),
});

async function callGroq(request: Request, call: Parameters<typeof withClient>[1]): Promise<Response> {
  const opened = await gate(request);
  if (!opened.ok) return errorResponse(opened.error);
  return withClient(request, call);
}

async function withClient(
  request: Request,
  call: (client: Awaited<ReturnType<typeof getUpstream>>['client'], signal: AbortSignal) => Promise<unknown>,
): Promise<Response> {
  const { client, apiKey } = await getUpstream();
  try {
    return Response.json(await call(client, request.signal), { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return errorResponse(toPlaygroundError(error, apiKey));
  }
}

/** POST /api/batches: `{ input_file_id, completion_window, metadata? }` → Groq's batch object. */
export async function createBatch(request: Request): Promise<Response> {
  const opened = await gate(request);
  if (!opened.ok) return errorResponse(opened.error);
  const text = await readBody(request, opened);
  if (typeof text !== 'string') return errorResponse(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return errorResponse(invalidRequest('The request body is not valid JSON.'));
  }
  const parsed = createBatchBody.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse(invalidRequest(`'${issue?.path.join('.') || 'body'}' : ${issue?.message}`));
  }
  return withClient(request, (client, signal) =>
    client.batches.create({ ...parsed.data, endpoint: BATCH_ENDPOINT }, { signal }),
  );
}

/** GET /api/batches[?cursor=…]: the organization's batches, newest first, as Groq lists them. */
export function listBatches(request: Request): Promise<Response> {
  const cursor = new URL(request.url).searchParams.get('cursor');
  // Groq's cursor is opaque (`paging.next_cursor`): passed on as a query value, never into a path.
  const query = cursor && /^[\w.=+/-]{1,512}$/.test(cursor) ? { cursor } : {};
  return callGroq(request, (client, signal) => client.batches.list({ query, signal }));
}

export function retrieveBatch(request: Request, id: string): Promise<Response> {
  if (!ID.test(id))
    return Promise.resolve(errorResponse(invalidRequest('Not a batch id.', 'invalid_id', 404)));
  return callGroq(request, (client, signal) => client.batches.retrieve(id, { signal }));
}

export function cancelBatch(request: Request, id: string): Promise<Response> {
  if (!ID.test(id))
    return Promise.resolve(errorResponse(invalidRequest('Not a batch id.', 'invalid_id', 404)));
  return callGroq(request, (client, signal) => client.batches.cancel(id, { signal }));
}
