import 'server-only';
import { type Parsed, PlaygroundError } from '../errors';
import { errorResponse, toPlaygroundError } from '../groq/errors';
import { type AdmitOptions, admit, type GateContext, openGate } from '../security/gate';
import { readGateBody } from './body';
import { type BodyLimit, bodyLimit } from './limits';

/** What a route's body is, and how the gate turns it into the handler's typed input. */
export type BodySpec<T> =
  /** No body is read (GET, or a POST that carries nothing). */
  | { kind: 'none' }
  /** JSON: one reader, one depth check, one bad-JSON message, then `parse` (the route's schema). */
  | { kind: 'json'; parse: (value: unknown) => Parsed<T> | Promise<Parsed<T>> }
  /** multipart/form-data, buffered within the limit, then `parse`. */
  | { kind: 'multipart'; parse: (form: FormData) => Parsed<T> | Promise<Parsed<T>> }
  /** The handler streams the body itself (a large upload); the gate has checked the declared size. */
  | { kind: 'stream' };

export interface RouteSpec<T> {
  body: BodySpec<T>;
  /** Which row of the limits table bounds the body (default: `json`). */
  limit?: BodyLimit;
  /** Whether an unlocked session is needed (all but /api/unlock and /api/health). Default true. */
  session?: boolean;
  /** Whether the request counts against the per-minute request limit. Default true. */
  rate?: boolean;
  /**
   * Models, tokens and the stream slot the request needs, once its body is known: allowlist →
   * token ceiling → budget → slot. A PlaygroundError refuses it before any of those.
   */
  admission?: (
    body: T,
    context: GateContext,
  ) => AdmitOptions | PlaygroundError | Promise<AdmitOptions | PlaygroundError>;
  /**
   * The handler frees the admission slot itself, through `release`, when its response stream ends
   * (a chat answer). Otherwise the gate frees it as soon as the handler has answered.
   */
  releasesOnStreamEnd?: boolean;
}

export interface RouteContext<T, P> {
  request: Request;
  body: T;
  gate: GateContext;
  params: P;
  /** Frees the admission's stream slot; idempotent, also called on abort and on a thrown error. */
  release: () => void;
}

type Handler<T, P> = (context: RouteContext<T, P>) => Promise<Response> | Response;
type NextContext<P> = { params: Promise<P> };

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/**
 * The one gate every `/api/*` route passes, in this order and nowhere else:
 * Host and Origin → session → declared size → request rate → body (read within the limit) → JSON
 * depth → schema → admission (allowlist, ceiling, budget, slot) → handler → release on finish, error
 * or abort. Every refusal is the one error shape with its documented status, and none reaches Groq.
 */
export function route<T = undefined, P = Record<string, never>>(spec: RouteSpec<T>, handler: Handler<T, P>) {
  return async (request: Request, next?: NextContext<P>): Promise<Response> => {
    const opened = await openGate(request, {
      requireSession: spec.session !== false,
      maxBodyBytes: bodyLimit(spec.limit ?? 'json'),
      countRequest: spec.rate !== false,
    });
    if (!opened.ok) return errorResponse(opened.error);
    const gate = opened.context;
    let release = () => {};
    try {
      const body = await readGateBody(request, spec.body, gate.maxBodyBytes);
      if (!body.ok) return errorResponse(body.error);
      if (spec.admission) {
        const options = await spec.admission(body.data, gate);
        if (options instanceof PlaygroundError) return errorResponse(options);
        const admitted = await admit(gate, options);
        if (!admitted.ok) return errorResponse(admitted.error);
        release = once(admitted.ticket.release);
        request.signal.addEventListener('abort', release, { once: true });
      }
      const params = next ? await next.params : ({} as P);
      const response = await handler({ request, body: body.data, gate, params, release });
      if (!spec.releasesOnStreamEnd) release();
      return response;
    } catch (error) {
      release();
      return errorResponse(toPlaygroundError(error));
    }
  };
}
