import 'server-only';
import type { Parsed } from '../errors';
import { invalidRequest } from '../errors';
import { decodeJson } from '../schema/decode-json';
import { checkJsonDepth, readLimitedBytes, readLimitedText } from '../security/body';
import type { BodySpec } from './route';

async function readJson(request: Request, limit: number): Promise<Parsed<unknown>> {
  const text = await readLimitedText(request, limit);
  if (typeof text !== 'string') return { ok: false, error: text };
  const tooDeep = checkJsonDepth(text);
  if (tooDeep) return { ok: false, error: tooDeep };
  return decodeJson(text);
}

async function readMultipart(request: Request, limit: number): Promise<Parsed<FormData>> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    return { ok: false, error: invalidRequest('request Content-Type must be multipart/form-data') };
  }
  const bytes = await readLimitedBytes(request, limit);
  if (!(bytes instanceof Uint8Array)) return { ok: false, error: bytes };
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > bytes.byteLength) {
    // Something in front of the route cut the body short. Next.js does (at proxyClientMaxBodySize)
    // when proxy.ts runs on a request, which is why its matcher leaves out /api.
    const got = (bytes.byteLength / 1024 / 1024).toFixed(1);
    const sent = (declared / 1024 / 1024).toFixed(1);
    const message = `Request Entity Too Large: the server received only ${got} MB of the ${sent} MB upload; something in front of this deployment cuts request bodies short (a reverse proxy's body size limit, or a proxy.ts matcher that includes /api).`;
    return { ok: false, error: invalidRequest(message, 'request_too_large', 413) };
  }
  try {
    return { ok: true, data: await new Response(bytes, { headers: { 'content-type': type } }).formData() };
  } catch {
    return {
      ok: false,
      error: invalidRequest('We could not parse the multipart form body of your request.'),
    };
  }
}

/** Reads the body the route declares, never past `limit` bytes, and hands it to the route's schema. */
export async function readGateBody<T>(
  request: Request,
  spec: BodySpec<T>,
  limit: number,
): Promise<Parsed<T>> {
  switch (spec.kind) {
    case 'none':
    case 'stream':
      return { ok: true, data: undefined as T };
    case 'json': {
      const json = await readJson(request, limit);
      return json.ok ? spec.parse(json.data) : json;
    }
    case 'multipart': {
      const form = await readMultipart(request, limit);
      return form.ok ? spec.parse(form.data) : form;
    }
  }
}
