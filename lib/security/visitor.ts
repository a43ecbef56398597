import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readCookie } from './access';

/**
 * Who a browser is, for what it owns (its batches and files): a random id in a signed, httpOnly
 * cookie, given on the first Files/Batches request, with or without an access code. It proves only
 * "this browser was given this id by this deployment"; the access session (when a code is set)
 * still decides whether the API may be used at all.
 *
 * The MAC key comes from SESSION_SECRET when set, else from the API key (every instance of a
 * deployment has it, so a visitor stays the same visitor behind a load balancer; the key itself
 * is never used for anything but this derivation), else from a random key per process (demo mode).
 * Changing the secret makes every visitor a new one: their batches stay at Groq but out of reach.
 */
export const VISITOR_COOKIE = 'groq_playground_visitor';
/** Groq keeps files 30 days and a batch may run 7 more: the cookie outlives both. */
export const VISITOR_MAX_AGE_SECONDS = 60 * 24 * 3600;

export interface VisitorSettings {
  SESSION_SECRET?: string;
  GROQ_API_KEY?: string;
  PUBLIC_URL?: string;
}

export interface Visitor {
  id: string;
  /** A Set-Cookie value to send when the id is new (or the cookie did not verify), else null. */
  setCookie: string | null;
}

const TOKEN = /^v1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

const processKey = globalThis as typeof globalThis & { __playgroundVisitorKey?: Buffer };

function visitorKey(settings: VisitorSettings): Buffer {
  const secret = settings.SESSION_SECRET ?? settings.GROQ_API_KEY;
  if (secret) return createHmac('sha256', secret).update('groq-playground-visitor-v1').digest();
  processKey.__playgroundVisitorKey ??= randomBytes(32);
  return processKey.__playgroundVisitorKey;
}

function sign(key: Buffer, id: string): string {
  return createHmac('sha256', key).update(`v1.${id}`).digest('base64url');
}

/** The visitor id a cookie value proves, or null; never throws. */
export function verifyVisitorToken(token: string | undefined, settings: VisitorSettings): string | null {
  if (!token || token.length > 100) return null;
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, id = '', signature = ''] = match;
  const expected = sign(visitorKey(settings), id);
  return timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) ? id : null;
}

export function issueVisitorToken(settings: VisitorSettings): { id: string; token: string } {
  const id = randomBytes(16).toString('base64url');
  return { id, token: `v1.${id}.${sign(visitorKey(settings), id)}` };
}

function isSecure(request: Request, settings: VisitorSettings): boolean {
  if (settings.PUBLIC_URL) return settings.PUBLIC_URL.startsWith('https:');
  return request.url.startsWith('https:') || request.headers.get('x-forwarded-proto') === 'https';
}

/** The request's visitor, issuing a new id when its cookie is missing or does not verify. */
export function visitorFor(request: Request, settings: VisitorSettings): Visitor {
  const known = verifyVisitorToken(readCookie(request.headers.get('cookie'), VISITOR_COOKIE), settings);
  if (known) return { id: known, setCookie: null };
  const { id, token } = issueVisitorToken(settings);
  const attributes = [
    `${VISITOR_COOKIE}=${token}`,
    'Path=/api',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${VISITOR_MAX_AGE_SECONDS}`,
  ];
  if (isSecure(request, settings)) attributes.push('Secure');
  return { id, setCookie: attributes.join('; ') };
}

/** The response with the visitor's new cookie attached, when there is one. */
export function withVisitorCookie(response: Response, visitor: Visitor): Response {
  if (visitor.setCookie) response.headers.append('set-cookie', visitor.setCookie);
  return response;
}
