import 'server-only';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * The `fetch` groq-sdk is given (its documented `fetch` client option): the SDK still builds every
 * request, checks the status and maps the errors; this only carries the bytes. A JSON (string)
 * body goes over node:http with a keep-alive agent; anything else (multipart uploads, streams) goes
 * to the runtime's fetch unchanged.
 *
 * Why: the runtime's fetch (undici) costs per request a Request object, header guards and a body
 * stream written through an async iterator, and per network read a byte-stream hop; at 100
 * concurrent answers that was a fifth of the proxy's CPU. The answer's body also stays a Node
 * stream that the SSE reader can drain whole (`takeNodeBody`): what arrived while the proxy was
 * busy is read and forwarded as one chunk instead of one chunk per packet.
 */

/** Free sockets are closed after this long idle: before a Node server's default 5 s keep-alive close. */
const IDLE_SOCKET_MS = 4_000;
const agentOptions = { keepAlive: true, timeout: IDLE_SOCKET_MS, scheduling: 'lifo' as const };
const httpAgent = new http.Agent(agentOptions);
const httpsAgent = new https.Agent(agentOptions);

interface NodeBody {
  stream: Readable;
  /** Set once either reader (the web stream or `takeNodeBody`) has started. */
  claimed: boolean;
}
const nodeBodies = new WeakMap<Response, NodeBody>();

/** The answer's body as the Node stream it is, if nobody has read it yet (then it is yours alone). */
export function takeNodeBody(response: Response): Readable | undefined {
  const body = nodeBodies.get(response);
  if (!body || body.claimed || response.bodyUsed) return undefined;
  body.claimed = true;
  return body.stream;
}

/** The error undici gives for a body that broke off, so callers (and retries) see the same shape. */
export function terminated(cause: unknown): TypeError {
  return new TypeError('terminated', { cause });
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** A web stream over the Node body that reads nothing until it is read (highWaterMark 0). */
function webBody(body: NodeBody): ReadableStream<Uint8Array> {
  let chunks: AsyncIterator<Buffer> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        body.claimed = true;
        chunks ??= body.stream[Symbol.asyncIterator]();
        try {
          const { done, value } = await chunks.next();
          if (done) controller.close();
          else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
        } catch (error) {
          controller.error(terminated(error));
        }
      },
      cancel() {
        body.claimed = true;
        body.stream.destroy();
      },
    },
    { highWaterMark: 0 },
  );
}

function decoded(res: http.IncomingMessage): Readable {
  const encoding = res.headers['content-encoding']?.trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  if (!decoder) return res;
  res.on('error', (error) => decoder.destroy(error));
  return res.pipe(decoder);
}

const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

function requestHeaders(init: RequestInit, body: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  // groq-sdk hands a Headers object: read it as it is rather than copying it into another first.
  const given = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
  given.forEach((value, name) => {
    headers[name] = value;
  });
  // Never compressed: the answer is streamed and forwarded as it comes.
  headers['accept-encoding'] = 'identity';
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  return headers;
}

export function createUpstreamFetch(fallback: typeof fetch): typeof fetch {
  return (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : undefined;
    const body = init.body ?? undefined;
    const secure = url?.startsWith('https:');
    if (
      url === undefined ||
      (!secure && !url.startsWith('http:')) ||
      (body !== undefined && typeof body !== 'string')
    )
      return fallback(input, init);
    const method = (init.method ?? 'GET').toUpperCase();
    const signal = init.signal ?? undefined;
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError(signal));
        return;
      }
      const request = (secure ? https : http).request(url, {
        method,
        headers: requestHeaders(init, body),
        agent: secure ? httpsAgent : httpAgent,
      });
      // Aborting (timeout, Stop, the browser gone) ends the request or the answer being read.
      const onAbort = () => {
        const error = abortError(signal as AbortSignal);
        request.destroy(error as Error);
        reject(error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      request.on('error', (error) => {
        done();
        reject(new TypeError('fetch failed', { cause: error }));
      });
      request.on('response', (res) => {
        res.on('close', done);
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          // Redirects are rare enough upstream: let the runtime's fetch follow them as it would.
          res.resume();
          resolve(fallback(input, init));
          return;
        }
        const headers = new Headers();
        const raw = res.rawHeaders;
        for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
        if (NULL_BODY_STATUS.has(status) || method === 'HEAD') {
          res.resume();
          resolve(new Response(null, { status, statusText: res.statusMessage, headers }));
          return;
        }
        const nodeBody: NodeBody = { stream: decoded(res), claimed: false };
        const response = new Response(webBody(nodeBody), {
          status,
          statusText: res.statusMessage,
          headers,
        });
        nodeBodies.set(response, nodeBody);
        resolve(response);
      });
      request.end(body);
    });
  };
}
