import { describe, expect, it } from 'vitest';
import {
  issueVisitorToken,
  VISITOR_COOKIE,
  verifyVisitorToken,
  visitorFor,
  withVisitorCookie,
} from '@/lib/security/visitor';

const settings = { SESSION_SECRET: 's'.repeat(32) };
const withCookie = (value: string) =>
  new Request('http://localhost/api/batches', { headers: { cookie: `${VISITOR_COOKIE}=${value}` } });

describe('the visitor cookie', () => {
  it('gives a new browser a signed, httpOnly id, and recognises it on the next request', () => {
    const first = visitorFor(new Request('http://localhost/api/batches'), settings);
    expect(first.setCookie).toMatch(
      /^groq_playground_visitor=v1\.[\w-]{22}\.[\w-]{43}; Path=\/api; HttpOnly; SameSite=Strict/,
    );
    const value = first.setCookie?.split(';')[0]?.split('=')[1] ?? '';
    expect(visitorFor(withCookie(value), settings)).toEqual({ id: first.id, setCookie: null });
  });

  it('treats a forged or re-signed id as no cookie: a new visitor', () => {
    const { id, token } = issueVisitorToken(settings);
    const forged = token.replace(id, 'A'.repeat(22));
    expect(verifyVisitorToken(forged, settings)).toBeNull();
    expect(verifyVisitorToken(token, { SESSION_SECRET: 't'.repeat(32) })).toBeNull();
    const visitor = visitorFor(withCookie(forged), settings);
    expect(visitor.id).not.toBe('A'.repeat(22));
    expect(visitor.setCookie).not.toBeNull();
  });

  it('signs with the API key when there is no session secret, so every instance agrees', () => {
    const { id, token } = issueVisitorToken({ GROQ_API_KEY: 'gsk_one' });
    expect(verifyVisitorToken(token, { GROQ_API_KEY: 'gsk_one' })).toBe(id);
    expect(verifyVisitorToken(token, { GROQ_API_KEY: 'gsk_two' })).toBeNull();
  });

  it('marks the cookie Secure behind https and attaches it to the response', () => {
    const visitor = visitorFor(new Request('http://localhost/'), {
      ...settings,
      PUBLIC_URL: 'https://a.example',
    });
    expect(visitor.setCookie).toContain('; Secure');
    const response = withVisitorCookie(Response.json({}), visitor);
    expect(response.headers.get('set-cookie')).toBe(visitor.setCookie);
  });
});
