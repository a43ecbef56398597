import { describe, expect, it } from 'vitest';
import { issueSession } from '@/lib/security/access';
import { readLimitedText } from '@/lib/security/body';
import { parseSecurityConfig } from '@/lib/security/config';
import { admit, checkRequest, openGate } from '@/lib/security/gate';

const SECRET = 'a-test-session-secret-of-32-chars!!';
const settings = {
  PLAYGROUND_ACCESS_CODE: 'letmein',
  SESSION_SECRET: SECRET,
  MAX_CONCURRENT_STREAMS: '1',
  ALLOWED_MODELS: 'llama-3.1-8b-instant',
  MAX_COMPLETION_TOKENS_CEILING: '2048',
  MAX_BODY_BYTES: '1024',
  ALLOWED_HOSTS: 'play.example',
};
const fresh = (extra: Record<string, string> = {}) => parseSecurityConfig({ ...settings, ...extra });
const config = fresh();
const token = issueSession(config).token;

const request = (headers: Record<string, string> = {}, body?: string) =>
  new Request('http://play.example/api/chat', {
    method: 'POST',
    headers: { host: 'play.example', cookie: `groq_playground_access=${token}`, ...headers },
    body,
  });
const status = (result: ReturnType<typeof checkRequest>) => ('error' in result ? result.error.status : 200);

describe('the API gate, before the body', () => {
  it('needs a signed session; the code itself, a forged or malformed cookie count as none', () => {
    expect(status(checkRequest(request(), {}, config))).toBe(200);
    for (const cookie of ['groq_playground_access=letmein', 'groq_playground_access=%', '', 'x=%E0%A4%A']) {
      expect(status(checkRequest(request({ cookie }), {}, config))).toBe(401);
    }
  });

  it('refuses other origins; with PUBLIC_URL the Host header no longer decides', () => {
    expect(status(checkRequest(request({ origin: 'https://evil.example' }), {}, config))).toBe(403);
    expect(status(checkRequest(request({ origin: 'http://play.example' }), {}, config))).toBe(200);
    expect(status(checkRequest(request({ 'sec-fetch-site': 'cross-site' }), {}, config))).toBe(403);
    const pinned = fresh({ PUBLIC_URL: 'https://play.example' });
    expect(status(checkRequest(request({ origin: 'http://play.example' }), {}, pinned))).toBe(403);
    expect(status(checkRequest(request({ origin: 'https://play.example' }), {}, pinned))).toBe(200);
  });

  it('answers only for allowed hosts: DNS rebinding to this server gets 421, before anything else', () => {
    const rebound = request({ host: 'rebind.example', origin: 'http://rebind.example', cookie: '' });
    const refused = checkRequest(rebound, {}, config);
    expect('error' in refused ? refused.error.body : null).toMatchObject({
      status: 421,
      code: 'host_not_allowed',
      message: expect.stringContaining('ALLOWED_HOSTS'),
    });
    // Without ALLOWED_HOSTS only loopback and IP literals answer; the Origin must still match the Host.
    const open = parseSecurityConfig({});
    const anonymous = (headers: Record<string, string>) =>
      status(checkRequest(request({ cookie: '', ...headers }), {}, open));
    expect(anonymous({ host: 'play.example', origin: 'http://play.example' })).toBe(421);
    expect(anonymous({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' })).toBe(200);
    expect(anonymous({ host: 'localhost:3000', origin: 'http://localhost:3000' })).toBe(200);
    expect(anonymous({ host: '[::1]:3000' })).toBe(200);
    expect(anonymous({ host: '127.0.0.1:3000', origin: 'http://rebind.example' })).toBe(403);
    expect(anonymous({ host: '127.0.0.1:3000', origin: 'null' })).toBe(403);
  });

  it('refuses cross-site reads too: a GET from another site is 403', () => {
    const get = (headers: Record<string, string>) =>
      new Request('http://play.example/api/models', {
        headers: { host: 'play.example', cookie: `groq_playground_access=${token}`, ...headers },
      });
    expect(status(checkRequest(get({ 'sec-fetch-site': 'cross-site' }), {}, config))).toBe(403);
    expect(status(checkRequest(get({ origin: 'https://evil.example' }), {}, config))).toBe(403);
    expect(status(checkRequest(get({ 'sec-fetch-site': 'same-origin' }), {}, config))).toBe(200);
  });

  it("trusts Vercel's own URLs with no setting", () => {
    const vercel = parseSecurityConfig({
      VERCEL_URL: 'play-abc123-team.vercel.app',
      VERCEL_PROJECT_PRODUCTION_URL: 'play.example.com',
    });
    const on = (host: string, origin: string) =>
      status(checkRequest(request({ host, origin, cookie: '' }), {}, vercel));
    expect(on('play-abc123-team.vercel.app', 'https://play-abc123-team.vercel.app')).toBe(200);
    expect(on('play.example.com', 'https://play.example.com')).toBe(200);
    expect(on('other-team.vercel.app', 'https://other-team.vercel.app')).toBe(421);
  });

  it('checks Origin before the session, and the declared size before reading', () => {
    const anonymous = request({ cookie: '', origin: 'https://evil.example' });
    expect(status(checkRequest(anonymous, {}, config))).toBe(403);
    expect(status(checkRequest(request({ 'content-length': '1025' }), {}, config))).toBe(413);
    expect(status(checkRequest(request({ 'content-length': 'lots' }), {}, config))).toBe(400);
  });

  it('reads a body only up to the limit', async () => {
    const result = await readLimitedText(request({}, 'x'.repeat(1500)), 1024);
    expect(typeof result === 'string' ? result : result.status).toBe(413);
    expect(await readLimitedText(request({}, 'small'), 1024)).toBe('small');
  });

  it('counts requests per address and per session: a new session does not reset the address', async () => {
    const limited = fresh({ RATE_LIMIT_REQUESTS_PER_MINUTE: '2' });
    const withSession = () => request({ cookie: `groq_playground_access=${issueSession(limited).token}` });
    expect((await openGate(withSession(), {}, limited)).ok).toBe(true);
    expect((await openGate(withSession(), {}, limited)).ok).toBe(true);
    const third = await openGate(withSession(), {}, limited);
    expect(third.ok ? null : third.error.body).toMatchObject({ status: 429, code: 'client_rate_limited' });
  });
});

describe('admitting a parsed request', () => {
  it('applies the model allowlist (every model the request calls), the ceiling and the stream cap', async () => {
    const gate = await openGate(request(), {}, config);
    if (!gate.ok) throw gate.error;
    const { context } = gate;
    expect(await admit(context, { models: ['llama3-70b-8192'] })).toMatchObject({
      ok: false,
      error: { status: 403 },
    });
    const guarded = await admit(context, { models: ['llama-3.1-8b-instant', 'llama-guard-3-8b'] });
    expect(guarded.ok ? null : guarded.error.body.code).toBe('model_not_allowed');
    const ceiling = await admit(context, { models: ['llama-3.1-8b-instant'], maxCompletionTokens: 4096 });
    expect(ceiling.ok ? null : ceiling.error.status).toBe(400);
    const first = await admit(context, { models: ['llama-3.1-8b-instant'], streaming: true });
    expect(first.ok).toBe(true);
    const second = await admit(context, { models: ['llama-3.1-8b-instant'], streaming: true });
    expect(second.ok ? null : second.error.body).toMatchObject({
      status: 429,
      code: 'too_many_streams',
      retry_after: 1,
    });
    if (first.ok) first.ticket.release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await admit(context, { models: ['llama-3.1-8b-instant'], streaming: true })).ok).toBe(true);
  });

  it('caps streams per instance across clients', async () => {
    const busy = fresh({ MAX_CONCURRENT_STREAMS: '0', MAX_CONCURRENT_STREAMS_PER_INSTANCE: '1' });
    const gate = await openGate(
      request({ cookie: `groq_playground_access=${issueSession(busy).token}` }),
      {},
      busy,
    );
    if (!gate.ok) throw gate.error;
    expect((await admit(gate.context, { streaming: true })).ok).toBe(true);
    const other = { ...gate.context, clientKeys: ['ip:198.51.100.7'] };
    const refused = await admit(other, { streaming: true });
    expect(refused.ok ? null : refused.error.body.code).toBe('server_busy');
    // Load shedding is the server's state, not the client's fault: 503 with a Retry-After.
    expect(refused.ok ? null : refused.error.body.status).toBe(503);
    expect(refused.ok ? null : refused.error.body.retry_after).toBeGreaterThan(0);
  });
});
