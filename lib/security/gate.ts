import 'server-only';
import { hostName } from '../env/host-name';
import { invalidRequest, PlaygroundError } from '../errors';
import { checkAccess, type Session } from './access';
import { tooLarge } from './body';
import { clientAddress, limitKeyForAddress } from './client-address';
import { type SecurityConfig, securityConfig } from './config';
import { hostAllowed } from './hosts';
import { StoreUnavailableError } from './limiter-store';
import { ClientLimits, type Refusal } from './rate-limit';

/**
 * The one gate every API route passes, in this order and before a byte of the body is read:
 * Host → Origin → access session → declared size → request rate. Then, once the body has named the model
 * and the tokens it may generate: allowlist → token ceiling → token budget → stream slot.
 */
export interface GateOptions {
  /** Body size limit for this route (audio uploads are larger than chat bodies). */
  maxBodyBytes?: number;
  /** Whether the route needs an unlocked session (all but /api/unlock and /api/health). */
  requireSession?: boolean;
  /** Whether the request counts against the per-minute request limit (not /api/health). */
  countRequest?: boolean;
}

export interface GateContext {
  config: SecurityConfig;
  /** The client's address as TRUSTED_PROXIES allows us to know it. */
  address: string;
  session: Session | null;
  /** Budgets are kept per address and, once unlocked, per session too. */
  clientKeys: string[];
  maxBodyBytes: number;
}

export interface AdmitOptions {
  /** What the request may generate (max_completion_tokens for chat, plus moderation calls). */
  tokens?: number;
  /** The completion length asked for, checked against MAX_COMPLETION_TOKENS_CEILING. */
  maxCompletionTokens?: number;
  /** Every model the request will call, checked against the allowlist. */
  models?: string[];
  /** Whether it holds a stream open (counts toward the concurrent-stream caps). */
  streaming?: boolean;
}

export interface GateTicket {
  /** Call when the response is finished (or failed) to free the concurrent-stream slot. */
  release: () => void;
}

export type Gated<T> = { ok: true } & T;
export type GateResult = Gated<{ ticket: GateTicket }> | { ok: false; error: PlaygroundError };
export type OpenResult = Gated<{ context: GateContext }> | { ok: false; error: PlaygroundError };

const limitsByConfig = new WeakMap<SecurityConfig, ClientLimits>();
export function clientLimits(config: SecurityConfig): ClientLimits {
  let limits = limitsByConfig.get(config);
  if (!limits) {
    limits = new ClientLimits(config);
    limitsByConfig.set(config, limits);
  }
  return limits;
}

export function forbidden(message: string, code: string): PlaygroundError {
  return new PlaygroundError({ status: 403, type: 'invalid_request_error', code, message });
}

export function rateLimited(
  refusal: Refusal,
  prefix = 'Too many requests from this client',
): PlaygroundError {
  return new PlaygroundError({
    status: 429,
    type: 'rate_limit_exceeded',
    code: refusal.code,
    message: `${prefix}: ${refusal.reason}.`,
    retry_after: refusal.retryAfter,
  });
}

export function serverBusy(refusal: Refusal): PlaygroundError {
  return new PlaygroundError({
    status: 503,
    type: 'server_error',
    code: refusal.code,
    message: `The server is busy: ${refusal.reason}. Try again in ${refusal.retryAfter} s.`,
    retry_after: refusal.retryAfter,
  });
}

/**
 * Whether a browser request comes from this deployment's own pages. Cross-site requests are refused
 * whatever their method (a GET can read as much as a POST can spend). Allowed origins: PUBLIC_URL's
 * (else the one the Host names — which the gate has already found allowed), Vercel's own https URLs,
 * and ALLOWED_ORIGINS.
 */
export function originAllowed(request: Request, config: SecurityConfig): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return false;
  const origin = request.headers.get('origin');
  if (!origin) return true; // not a browser cross-origin request (same-origin GET, curl, server-to-server)
  if (config.ALLOWED_ORIGINS.some((allowed) => new URL(allowed).origin === origin)) return true;
  const vercel = [config.VERCEL_URL, config.VERCEL_BRANCH_URL, config.VERCEL_PROJECT_PRODUCTION_URL];
  if (vercel.some((host) => host && `https://${hostName(host)}` === origin)) return true;
  if (config.PUBLIC_URL) return new URL(config.PUBLIC_URL).origin === origin;
  const host = requestHost(request);
  try {
    return new URL(origin).host === host && hostAllowed(host, config);
  } catch {
    return false;
  }
}

/** The Host header (Node's server requires one on HTTP/1.1); a Request built in code has only its URL. */
function requestHost(request: Request): string {
  return request.headers.get('host') ?? new URL(request.url).host;
}

const misdirected = (host: string) =>
  new PlaygroundError({
    status: 421,
    type: 'invalid_request_error',
    code: 'host_not_allowed',
    message: `This server does not answer for the host \`${host.slice(0, 100)}\`. If that is its address, the operator adds it to ALLOWED_HOSTS (or sets PUBLIC_URL).`,
  });

const accessRequired = () =>
  new PlaygroundError({
    status: 401,
    type: 'invalid_request_error',
    code: 'access_code_required',
    message: 'This playground is protected: enter the access code to use it.',
  });

/** Host, Origin, session and declared size, from the headers alone. */
export function checkRequest(
  request: Request,
  options: GateOptions = {},
  config: SecurityConfig = securityConfig(),
): { error: PlaygroundError } | { session: Session | null } {
  const host = requestHost(request);
  if (!hostAllowed(host, config)) return { error: misdirected(host) };
  if (!originAllowed(request, config)) {
    return { error: forbidden('Requests from other sites are not allowed.', 'forbidden_origin') };
  }
  let session: Session | null = null;
  if (options.requireSession !== false) {
    const access = checkAccess(request.headers.get('cookie'), config);
    if (!access.ok) return { error: accessRequired() };
    session = access.session;
  }
  const limit = options.maxBodyBytes ?? config.MAX_BODY_BYTES;
  const rawLength = request.headers.get('content-length');
  if (rawLength !== null) {
    if (!/^\d{1,15}$/.test(rawLength.trim())) {
      return {
        error: invalidRequest('Content-Length must be a whole number of bytes.', 'invalid_content_length'),
      };
    }
    const declared = Number(rawLength);
    if (declared > limit) return { error: tooLarge(declared, limit) };
  }
  return { session };
}

/** Everything that can be decided before reading the body, including the per-minute request count. */
export async function openGate(
  request: Request,
  options: GateOptions = {},
  config: SecurityConfig = securityConfig(),
): Promise<OpenResult> {
  const checked = checkRequest(request, options, config);
  if ('error' in checked) return { ok: false, error: checked.error };
  const maxBodyBytes = options.maxBodyBytes ?? config.MAX_BODY_BYTES;
  if (options.countRequest === false) {
    // No limit applies (the liveness probe): the client is not looked up, and nothing can be admitted.
    return {
      ok: true,
      context: { config, address: 'unknown', session: checked.session, clientKeys: [], maxBodyBytes },
    };
  }
  const address = clientAddress(request, config.TRUSTED_PROXIES);
  const clientKeys = [`ip:${limitKeyForAddress(address)}`];
  if (checked.session) clientKeys.push(`session:${checked.session.id}`);
  const context: GateContext = {
    config,
    address,
    session: checked.session,
    clientKeys,
    maxBodyBytes,
  };
  const refusal = await limitsOrOpen(() => clientLimits(config).countRequest(clientKeys));
  if (refusal) return { ok: false, error: rateLimited(refusal) };
  return { ok: true, context };
}

/** Client limits never fail a request because of the store: Limiter already fell back to memory. */
async function limitsOrOpen<T>(check: () => Promise<T | null>): Promise<T | null> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof StoreUnavailableError) return null;
    throw error;
  }
}

/** Model allowlist, token ceiling, then the client's token budget; a stream takes a slot. */
export async function admit(context: GateContext, options: AdmitOptions = {}): Promise<GateResult> {
  const { config, clientKeys } = context;
  const { models = [], tokens = 0, streaming = false } = options;
  const allowed = config.ALLOWED_MODELS;
  const refusedModel = allowed.length > 0 ? models.find((model) => !allowed.includes(model)) : undefined;
  if (refusedModel) {
    return {
      ok: false,
      error: forbidden(
        `The model \`${refusedModel}\` is not enabled on this deployment. Allowed: ${allowed.join(', ')}.`,
        'model_not_allowed',
      ),
    };
  }
  const ceiling = config.MAX_COMPLETION_TOKENS_CEILING;
  const asked = options.maxCompletionTokens ?? 0;
  if (ceiling > 0 && asked > ceiling) {
    return {
      ok: false,
      error: invalidRequest(
        `'max_completion_tokens' : this deployment allows at most ${ceiling} (got ${asked})`,
        'max_tokens_ceiling',
      ),
    };
  }
  const limits = clientLimits(config);
  const overBudget = await limitsOrOpen(() => limits.spendTokens(clientKeys, tokens));
  if (overBudget) return { ok: false, error: rateLimited(overBudget) };
  if (!streaming) return { ok: true, ticket: { release: () => {} } };
  const slot = await limits.openStream(clientKeys).catch((error: unknown) => {
    if (error instanceof StoreUnavailableError) return () => {};
    throw error;
  });
  if (typeof slot !== 'function') {
    // The instance's own cap is load shedding, not the client's fault: 503 + Retry-After.
    if (slot.code === 'server_busy') return { ok: false, error: serverBusy(slot) };
    return { ok: false, error: rateLimited(slot, 'Too many answers streaming') };
  }
  return { ok: true, ticket: { release: slot } };
}
