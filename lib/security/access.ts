import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The cookie that proves the access code was entered; it holds a MAC of the code, never the code. */
export const ACCESS_COOKIE = 'groq_playground_access';
export const ACCESS_COOKIE_MAX_AGE = 30 * 24 * 60 * 60;

export function accessToken(code: string): string {
  return createHmac('sha256', code).update('groq-playground-access-v1').digest('base64url');
}

/** Constant-time comparison of two strings of any length (hashed first so lengths match). */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHmac('sha256', 'compare').update(a).digest();
  const hb = createHmac('sha256', 'compare').update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Whether the access cookie's value opens this deployment (always, when it has no code). */
export function hasAccessToken(token: string | undefined, code: string | undefined): boolean {
  if (!code) return true;
  return token !== undefined && safeEqual(token, accessToken(code));
}

export function hasAccess(cookieHeader: string | null, code: string | undefined): boolean {
  return hasAccessToken(readCookie(cookieHeader, ACCESS_COOKIE), code);
}

export function accessCookie(code: string, secure: boolean): string {
  const attributes = [
    `${ACCESS_COOKIE}=${accessToken(code)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${ACCESS_COOKIE_MAX_AGE}`,
  ];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}
