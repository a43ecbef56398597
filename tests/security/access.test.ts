import { describe, expect, it } from 'vitest';
import { checkAccess, issueSession, readCookie, verifySession } from '@/lib/security/access';

const settings = {
  PLAYGROUND_ACCESS_CODE: 'letmein',
  SESSION_SECRET: 's'.repeat(32),
  SESSION_MAX_AGE_SECONDS: 3600,
};

describe('the access session', () => {
  it('verifies a fresh token and carries iat/exp', () => {
    const { token, session } = issueSession(settings, 1_000_000_000_000);
    expect(session.expiresAt - session.issuedAt).toBe(3600);
    expect(verifySession(token, settings, 1_000_000_000_000 + 1000)).toEqual(session);
  });

  it('expires, and rotating the secret or the code revokes it', () => {
    const { token } = issueSession(settings);
    expect(verifySession(token, settings, Date.now() + 3601_000)).toBeNull();
    expect(verifySession(token, { ...settings, SESSION_SECRET: 't'.repeat(32) })).toBeNull();
    expect(verifySession(token, { ...settings, PLAYGROUND_ACCESS_CODE: 'other' })).toBeNull();
  });

  it('rejects tampered, extended and malformed tokens without throwing', () => {
    const { token } = issueSession(settings);
    const parts = token.split('.');
    const extended = [parts[0], parts[1], parts[2], String(Number(parts[3]) + 999_999), parts[4]].join('.');
    for (const bad of [
      extended,
      `${token}x`,
      '%',
      '',
      'v1....',
      'a'.repeat(10_000),
      token.replace('v1', 'v2'),
    ]) {
      expect(verifySession(bad, settings)).toBeNull();
    }
  });

  it('reads cookies without decoding, so % and bad escapes are simply not a session', () => {
    expect(readCookie('a=1; groq_playground_access=%; b=2', 'groq_playground_access')).toBe('%');
    expect(checkAccess('groq_playground_access=%E0%A4%A', settings)).toEqual({ ok: false });
    expect(checkAccess(null, { ...settings, PLAYGROUND_ACCESS_CODE: undefined })).toEqual({
      ok: true,
      session: null,
    });
  });
});
