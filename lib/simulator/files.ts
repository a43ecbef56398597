/** Files API: POST /files (multipart, purpose=batch), GET /files, GET /files/{id}, …/content, DELETE. */
import { randomBytes } from 'node:crypto';
import { ApiError, invalidRequest } from './errors';
import type { RouteContext } from './http';
import { jsonResponse, readMultipart } from './http';
import { elideLargeStrings, type MultipartLogBody } from './log';

/** Groq's documented limits for a batch input file (the smaller size: SDK and API reference). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_FILE_LINES = 50_000;
/** Lines of an uploaded .jsonl kept in the request log (tests read them; memory stays bounded). */
const LOGGED_LINES = 100;

export interface StoredFile {
  id: string;
  object: 'file';
  bytes: number;
  created_at: number;
  filename: string;
  purpose: 'batch' | 'batch_output';
  content: string;
}

export function newId(prefix: string): string {
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  let out = '';
  for (const byte of randomBytes(26)) out += alphabet[byte % alphabet.length];
  return `${prefix}_${out}`;
}

export function publicFile({ content: _content, ...file }: StoredFile) {
  return file;
}

export function fileNotFound(id: string): ApiError {
  return new ApiError(404, {
    message: `file '${id}' not found`,
    type: 'invalid_request_error',
    code: 'not_found',
  });
}

export interface StoreLimits {
  /** Most entries kept. */
  count: number;
  /** Most bytes (files) or request lines (batches) kept. */
  size: number;
}

/**
 * Uploads and batch results, oldest dropped first once the count or the bytes pass their caps (the
 * demo simulator lives in the app's process: nothing it keeps may grow without bound).
 */
export class FileStore {
  readonly files = new Map<string, StoredFile>();
  private bytes = 0;

  constructor(private readonly limits: StoreLimits = { count: Infinity, size: Infinity }) {}

  add(filename: string, purpose: StoredFile['purpose'], content: string): StoredFile {
    const bytes = Buffer.byteLength(content);
    if (bytes > this.limits.size) {
      throw new ApiError(413, {
        message: `Request Entity Too Large: the file is ${bytes} bytes; this simulator keeps at most ${this.limits.size} bytes of files.`,
        type: 'invalid_request_error',
        code: 'request_too_large',
      });
    }
    for (const [id, old] of this.files) {
      if (this.files.size < this.limits.count && this.bytes + bytes <= this.limits.size) break;
      this.delete(id, old);
    }
    const file: StoredFile = {
      id: newId('file'),
      object: 'file',
      bytes,
      created_at: Math.floor(Date.now() / 1000),
      filename,
      purpose,
      content,
    };
    this.files.set(file.id, file);
    this.bytes += bytes;
    return file;
  }

  delete(id: string, file = this.get(id)): void {
    this.files.delete(id);
    this.bytes -= file.bytes;
  }

  get(id: string): StoredFile {
    const file = this.files.get(id);
    if (!file) throw fileNotFound(id);
    return file;
  }
}

async function upload(ctx: RouteContext, store: FileStore): Promise<Response> {
  const form = await readMultipart(ctx);
  const purpose = form.get('purpose');
  const file = form.get('file');
  const log: MultipartLogBody & { lines?: unknown } = {
    fields: typeof purpose === 'string' ? { purpose } : {},
    file: file instanceof File ? { name: file.name, type: file.type, size: file.size } : null,
  };
  ctx.log.body = log;
  if (!(file instanceof File)) throw invalidRequest("'file' : value must be a file");
  if (purpose !== 'batch')
    throw invalidRequest(`'purpose' : value must be one of [batch] (got ${String(purpose)})`);
  if (!/\.jsonl$/i.test(file.name)) throw invalidRequest('file must be a .jsonl file');
  if (file.size > MAX_FILE_BYTES) {
    throw new ApiError(413, {
      message: `Request Entity Too Large: the file is ${file.size} bytes; the limit is ${MAX_FILE_BYTES}.`,
      type: 'invalid_request_error',
      code: 'request_too_large',
    });
  }
  const content = await file.text();
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length > MAX_FILE_LINES) {
    throw invalidRequest(
      `file has ${lines.length} lines; a batch input file may have at most ${MAX_FILE_LINES}`,
    );
  }
  log.lines = elideLargeStrings(
    lines.slice(0, LOGGED_LINES).map((line) => {
      try {
        return JSON.parse(line);
      } catch {
        return line;
      }
    }),
  );
  return jsonResponse(ctx, 200, publicFile(store.add(file.name, 'batch', content)));
}

/** Routes under /files, or null when the path is not one of them. */
export async function handleFiles(
  ctx: RouteContext,
  store: FileStore,
  method: string,
  sub: string,
): Promise<Response | null> {
  if (sub === '/files') {
    if (method === 'POST') return upload(ctx, store);
    if (method === 'GET') {
      const data = [...store.files.values()].reverse().map(publicFile);
      return jsonResponse(ctx, 200, { object: 'list', data });
    }
    return null;
  }
  const match = /^\/files\/([^/]+)(\/content)?$/.exec(sub);
  if (!match) return null;
  const id = decodeURIComponent(match[1] as string);
  if (match[2]) {
    if (method !== 'GET') return null;
    const file = store.get(id);
    ctx.log.status = 200;
    ctx.log.completedAt = Date.now();
    return new Response(file.content, {
      status: 200,
      headers: { 'content-type': 'application/octet-stream', 'x-request-id': ctx.requestId },
    });
  }
  if (method === 'GET') return jsonResponse(ctx, 200, publicFile(store.get(id)));
  if (method === 'DELETE') {
    store.delete(id);
    return jsonResponse(ctx, 200, { id, object: 'file', deleted: true });
  }
  return null;
}
