import 'server-only';
import { invalidRequest, PlaygroundError } from '../errors';
import { hasAccess } from './access';
import { type SecurityConfig, securityConfig } from './config';
import { MemoryRateLimitStore, type RateLimitStore } from './rate-limit';

export interface GateOptions {
  /** What the request may generate, for the per-client token budget (max_completion_tokens for chat). */
  tokens?: number;
  /** The model it asks for, checked against the allowlist. */
  model?: string;
  /** Whether it holds a stream open (counts toward the concurrent-stream cap). */
  streaming?: boolean;
  /** Body size limit for this route (audio uploads are larger than chat bodies). */
  maxBodyBytes?: number;
}

export interface GateTicket {
  /** Call when the response is finished (or failed) to free the concurrent-stream slot. */
  release: () => void;
}

export type GateResult = { ok: true; ticket: GateTicket } | { ok: false; error: PlaygroundError };

const globalStore = globalThis as typeof globalThis & { __playgroundRateLimits?: RateLimitStore };
globalStore.__playgroundRateLimits ??= new MemoryRateLimitStore();
let store: RateLimitStore = globalStore.__playgroundRateLimits;

/** Swaps the rate-limit store (a shared one for multi-instance deployments, or a fresh one in tests). */
export function setRateLimitStore(next: RateLimitStore): void {
  store = next;
  globalStore.__playgroundRateLimits = next;
}

/** Who the client is for rate limiting: the first X-Forwarded-For hop (set by Vercel or your proxy). */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('x-real-ip')?.trim() || 'local';
}

function forbidden(message: string, code: string): PlaygroundError {
  return new PlaygroundError({ status: 403, type: 'invalid_request_error', code, message });
}

function originAllowed(request: Request, config: SecurityConfig): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true; // not a browser cross-site request (curl, server-to-server)
  if (config.ALLOWED_ORIGINS.includes(origin)) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Access code, Origin (state-changing methods) and declared body size: no body is read yet. */
export function checkRequest(
  request: Request,
  options: GateOptions = {},
  config = securityConfig(),
): PlaygroundError | null {
  if (!hasAccess(request.headers.get('cookie'), config.PLAYGROUND_ACCESS_CODE)) {
    return new PlaygroundError({
      status: 401,
      type: 'invalid_request_error',
      code: 'access_code_required',
      message: 'This playground is protected: enter the access code to use it.',
    });
  }
  if (request.method !== 'GET' && request.method !== 'HEAD' && !originAllowed(request, config)) {
    return forbidden('Requests from other sites are not allowed.', 'forbidden_origin');
  }
  const limit = options.maxBodyBytes ?? config.MAX_BODY_BYTES;
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (limit > 0 && declared > limit) return tooLarge(declared, limit);
  return null;
}

function tooLarge(bytes: number, limit: number): PlaygroundError {
  return invalidRequest(
    `Request Entity Too Large: the body is ${(bytes / 1_000_000).toFixed(2)} MB; this deployment accepts up to ${(limit / 1_000_000).toFixed(2)} MB.`,
    'request_too_large',
    413,
  );
}

/** Reads the body as text, stopping with a 413 as soon as it passes the limit (chunked uploads too). */
export async function readLimitedText(
  request: Request,
  config = securityConfig(),
): Promise<string | PlaygroundError> {
  if (!request.body) return '';
  const limit = config.MAX_BODY_BYTES;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (limit > 0 && size > limit) {
      await reader.cancel();
      return tooLarge(size, limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Model allowlist, token ceiling, then the client's rate budgets; a stream takes a slot. */
export async function admit(
  request: Request,
  options: GateOptions,
  config = securityConfig(),
): Promise<GateResult> {
  const { model, tokens = 0, streaming = false } = options;
  if (model && config.ALLOWED_MODELS.length > 0 && !config.ALLOWED_MODELS.includes(model)) {
    return {
      ok: false,
      error: forbidden(
        `The model \`${model}\` is not enabled on this deployment. Allowed: ${config.ALLOWED_MODELS.join(', ')}.`,
        'model_not_allowed',
      ),
    };
  }
  if (config.MAX_COMPLETION_TOKENS_CEILING > 0 && tokens > config.MAX_COMPLETION_TOKENS_CEILING) {
    return {
      ok: false,
      error: invalidRequest(
        `'max_completion_tokens' : this deployment allows at most ${config.MAX_COMPLETION_TOKENS_CEILING} (got ${tokens})`,
        'max_tokens_ceiling',
      ),
    };
  }
  const client = clientKey(request);
  const limits = {
    requestsPerMinute: config.RATE_LIMIT_REQUESTS_PER_MINUTE,
    tokensPerMinute: config.RATE_LIMIT_TOKENS_PER_MINUTE,
    concurrentStreams: config.MAX_CONCURRENT_STREAMS,
  };
  const decision = await store.consume(client, tokens, limits, Date.now());
  if (!decision.ok)
    return {
      ok: false,
      error: rateLimited(
        `Too many requests from this client: ${decision.reason}.`,
        'client_rate_limited',
        decision.retryAfter,
      ),
    };
  if (streaming && !(await store.openStream(client, limits.concurrentStreams))) {
    return {
      ok: false,
      error: rateLimited(
        `Too many answers streaming at once (at most ${limits.concurrentStreams} per client).`,
        'too_many_streams',
        1,
      ),
    };
  }
  let released = !streaming;
  return {
    ok: true,
    ticket: {
      release: () => {
        if (released) return;
        released = true;
        void store.closeStream(client);
      },
    },
  };
}

function rateLimited(message: string, code: string, retryAfter: number): PlaygroundError {
  return new PlaygroundError({
    status: 429,
    type: 'rate_limit_exceeded',
    code,
    message,
    retry_after: retryAfter,
  });
}

/** Both steps for routes whose body is not JSON (audio uploads, model list). */
export async function gateApiRequest(request: Request, options: GateOptions = {}): Promise<GateResult> {
  const config = securityConfig();
  const refused = checkRequest(request, options, config);
  if (refused) return { ok: false, error: refused };
  return admit(request, options, config);
}

/** Frees the ticket when the response body has been fully sent, failed, or was cancelled. */
export function releaseWhenDone(response: Response, ticket: GateTicket): Response {
  if (!response.body) {
    ticket.release();
    return response;
  }
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          ticket.release();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        ticket.release();
        controller.error(error);
      }
    },
    cancel(reason) {
      ticket.release();
      return reader.cancel(reason);
    },
  });
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
