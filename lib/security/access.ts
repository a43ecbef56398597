import 'server-only';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The access session: after the right code, the browser holds a signed, expiring token
 * `v1.<session id>.<issued at>.<expires at>.<MAC>`. The MAC key is derived from SESSION_SECRET *and*
 * the access code, so changing either one revokes every session at once. Anything that does not
 * verify (wrong shape, bad MAC, expired, from the future) is treated exactly like no cookie.
 */
export const ACCESS_COOKIE = 'groq_playground_access';

export interface SessionSettings {
  PLAYGROUND_ACCESS_CODE?: string;
  SESSION_SECRET?: string;
  SESSION_MAX_AGE_SECONDS: number;
}

export interface Session {
  id: string;
  issuedAt: number;
  expiresAt: number;
}

const TOKEN = /^v1\.([A-Za-z0-9_-]{22})\.(\d{1,12})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;
/** Clocks of two instances may disagree a little. */
const CLOCK_SKEW_SECONDS = 60;

function sessionKey(secret: string, code: string): Buffer {
  const codeDigest = createHash('sha256').update(code).digest('hex');
  return createHmac('sha256', secret).update(`groq-playground-session-v1|${codeDigest}`).digest();
}

function mac(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

/** Constant-time comparison of two strings of any length (hashed first so lengths match). */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHmac('sha256', 'compare').update(a).digest();
  const hb = createHmac('sha256', 'compare').update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function issueSession(
  settings: SessionSettings,
  now = Date.now(),
): { token: string; session: Session } {
  const { PLAYGROUND_ACCESS_CODE: code, SESSION_SECRET: secret } = settings;
  if (!code || !secret) throw new Error('issueSession needs PLAYGROUND_ACCESS_CODE and SESSION_SECRET');
  const id = randomBytes(16).toString('base64url');
  const issuedAt = Math.floor(now / 1000);
  const expiresAt = issuedAt + settings.SESSION_MAX_AGE_SECONDS;
  const payload = `v1.${id}.${issuedAt}.${expiresAt}`;
  return {
    token: `${payload}.${mac(sessionKey(secret, code), payload)}`,
    session: { id, issuedAt, expiresAt },
  };
}

/** The session a token proves, or null; never throws on any input. */
export function verifySession(
  token: string | undefined,
  settings: SessionSettings,
  now = Date.now(),
): Session | null {
  const { PLAYGROUND_ACCESS_CODE: code, SESSION_SECRET: secret } = settings;
  if (!token || !code || !secret || token.length > 200) return null;
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, id = '', iat = '', exp = '', signature = ''] = match;
  const expected = mac(sessionKey(secret, code), `v1.${id}.${iat}.${exp}`);
  if (!timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return null;
  const issuedAt = Number(iat);
  const expiresAt = Number(exp);
  const nowSeconds = Math.floor(now / 1000);
  if (issuedAt > nowSeconds + CLOCK_SKEW_SECONDS || expiresAt <= nowSeconds) return null;
  if (expiresAt - issuedAt > settings.SESSION_MAX_AGE_SECONDS) return null;
  return { id, issuedAt, expiresAt };
}

/** One cookie's raw value from a Cookie header; malformed input gives undefined, never an exception. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header || header.length > 16_384) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0 || part.slice(0, index).trim() !== name) continue;
    return part.slice(index + 1).trim();
  }
  return undefined;
}

export type AccessDecision = { ok: true; session: Session | null } | { ok: false };

/** Whether a request may use the API: always when there is no code, else with a valid session. */
export function checkAccess(cookieHeader: string | null, settings: SessionSettings): AccessDecision {
  if (!settings.PLAYGROUND_ACCESS_CODE) return { ok: true, session: null };
  const session = verifySession(readCookie(cookieHeader, ACCESS_COOKIE), settings);
  return session ? { ok: true, session } : { ok: false };
}

/** For the page: the cookie value from next/headers. */
export function hasAccessToken(token: string | undefined, settings: SessionSettings): boolean {
  return !settings.PLAYGROUND_ACCESS_CODE || verifySession(token, settings) !== null;
}

export function accessCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  const attributes = [
    `${ACCESS_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}
