import { beforeEach, describe, expect, it } from 'vitest';
import { accessToken } from '@/lib/security/access';
import { parseSecurityConfig } from '@/lib/security/config';
import { admit, checkRequest, readLimitedText, setRateLimitStore } from '@/lib/security/gate';
import { MemoryRateLimitStore } from '@/lib/security/rate-limit';

const config = parseSecurityConfig({
  PLAYGROUND_ACCESS_CODE: 'letmein',
  MAX_CONCURRENT_STREAMS: '1',
  ALLOWED_MODELS: 'llama-3.1-8b-instant',
  MAX_COMPLETION_TOKENS_CEILING: '2048',
  MAX_BODY_BYTES: '100',
});

const request = (headers: Record<string, string> = {}, body?: string) =>
  new Request('http://play.example/api/chat', {
    method: 'POST',
    headers: { host: 'play.example', cookie: `groq_playground_access=${accessToken('letmein')}`, ...headers },
    body,
  });

beforeEach(() => setRateLimitStore(new MemoryRateLimitStore()));

describe('the API gate', () => {
  it('needs the access cookie, and a MAC of the code is what opens it', () => {
    expect(checkRequest(request(), {}, config)).toBeNull();
    expect(checkRequest(request({ cookie: 'groq_playground_access=letmein' }), {}, config)?.status).toBe(401);
    expect(checkRequest(request({ cookie: '' }), {}, config)?.body.code).toBe('access_code_required');
  });

  it('refuses other origins but not same-origin or origin-less requests', () => {
    expect(checkRequest(request({ origin: 'https://evil.example' }), {}, config)?.status).toBe(403);
    expect(checkRequest(request({ origin: 'http://play.example' }), {}, config)).toBeNull();
  });

  it('refuses a declared or streamed body over the limit with 413', async () => {
    expect(checkRequest(request({ 'content-length': '101' }), {}, config)?.status).toBe(413);
    const result = await readLimitedText(request({}, 'x'.repeat(150)), config);
    expect(typeof result === 'string' ? result : result.status).toBe(413);
    expect(await readLimitedText(request({}, 'small'), config)).toBe('small');
  });

  it('applies the model allowlist, the token ceiling and the stream cap', async () => {
    expect(await admit(request(), { model: 'llama3-70b-8192' }, config)).toMatchObject({
      ok: false,
      error: { status: 403 },
    });
    expect(await admit(request(), { model: 'llama-3.1-8b-instant', tokens: 4096 }, config)).toMatchObject({
      ok: false,
      error: { status: 400 },
    });
    const first = await admit(request(), { model: 'llama-3.1-8b-instant', streaming: true }, config);
    expect(first.ok).toBe(true);
    const second = await admit(request(), { model: 'llama-3.1-8b-instant', streaming: true }, config);
    expect(second.ok ? null : second.error.body).toMatchObject({
      status: 429,
      code: 'too_many_streams',
      retry_after: 1,
    });
    if (first.ok) first.ticket.release();
    expect((await admit(request(), { model: 'llama-3.1-8b-instant', streaming: true }, config)).ok).toBe(
      true,
    );
  });
});
