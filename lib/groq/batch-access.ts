import 'server-only';
/**
 * Who may touch which batch or file: every Files/Batches route first passes the gate (Origin, access
 * session, declared size, request rate: an unauthenticated request is 401 whatever id it names),
 * then learns its visitor (lib/security/visitor.ts) and the owner whose ids it may use: the visitor,
 * or the whole deployment with SHARE_BATCHES_ACROSS_VISITORS=1. Ids not recorded for that owner
 * (lib/security/owned-ids.ts) answer 404, exactly like ids that do not exist.
 */
import { invalidRequest, PlaygroundError } from '../errors';
import type { SecurityConfig } from '../security/config';
import type { GateContext } from '../security/gate';
import { StoreUnavailableError } from '../security/limiter-store';
import { type OwnedIdStore, ownedIds } from '../security/owned-ids';
import { type Visitor, visitorFor, withVisitorCookie } from '../security/visitor';
import { errorResponse, toPlaygroundError } from './errors';
import { upstreamKey } from './files-upstream';

/** Groq's ids are `file_…`/`batch_…`: anything else never reaches a URL. */
export const ID = /^[A-Za-z0-9_-]{1,128}$/;

export interface BatchAccess {
  config: SecurityConfig;
  context: GateContext;
  visitor: Visitor;
  /** The key ids are recorded under. */
  owner: string;
  store: OwnedIdStore;
}

export function ownerFor(config: SecurityConfig, visitorId: string): string {
  return config.SHARE_BATCHES_ACROSS_VISITORS ? 'deployment' : `visitor:${visitorId}`;
}

export const notFound = (kind: 'batch' | 'file', id: string) =>
  new PlaygroundError({
    status: 404,
    type: 'invalid_request_error',
    code: 'not_found',
    message: `No ${kind} \`${id}\` was created by you through this playground.`,
  });

const storeDown = () =>
  new PlaygroundError({
    status: 503,
    type: 'api_error',
    code: 'ownership_store_unavailable',
    message:
      'The store that records which batches and files are yours (Redis) cannot be reached; try again shortly.',
    retry_after: 5,
  });

/**
 * Runs `handler` (after the gate, which the route's `route()` wrapper ran) with the request's visitor and owner; sets the visitor cookie on
 * whatever it answers. Errors from Groq or the store become the one error shape.
 */
export async function withBatchAccess(
  request: Request,
  context: GateContext,
  options: { id?: { kind: 'batch' | 'file'; value: string } },
  handler: (access: BatchAccess) => Promise<Response>,
): Promise<Response> {
  const { config } = context;
  const visitor = visitorFor(request, config);
  const respond = (response: Response) => withVisitorCookie(response, visitor);
  if (options.id && !ID.test(options.id.value)) {
    return respond(errorResponse(invalidRequest(`Not a ${options.id.kind} id.`, 'invalid_id', 404)));
  }
  const access: BatchAccess = {
    config,
    context,
    visitor,
    owner: ownerFor(config, visitor.id),
    store: ownedIds(config.REDIS_URL),
  };
  try {
    return respond(await handler(access));
  } catch (error) {
    if (error instanceof StoreUnavailableError) return respond(errorResponse(storeDown()));
    return respond(errorResponse(toPlaygroundError(error, await upstreamKey())));
  }
}

/** Records a batch's output and error files as the owner's (they are readable once the batch is). */
export async function rememberBatchFiles(access: BatchAccess, batch: unknown): Promise<void> {
  if (typeof batch !== 'object' || batch === null) return;
  for (const field of ['output_file_id', 'error_file_id'] as const) {
    const id = Reflect.get(batch, field);
    if (typeof id === 'string' && ID.test(id)) {
      await access.store.addFile(access.owner, id, { inputTokens: null });
    }
  }
}
