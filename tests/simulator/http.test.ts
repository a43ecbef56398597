import { describe, expect, it } from 'vitest';
import { eraModels } from '../../lib/simulator/lineups';
import { AUTH, BASE, chat, KEY, makeSimulator, user } from './helpers';

const REQUEST_ID = /^req_[a-z0-9]{26}$/;

describe('simulator HTTP basics', () => {
  it('answers /health without auth', async () => {
    const response = await makeSimulator().handle(new Request(`${BASE}/health`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('rejects a missing or wrong key with 401 invalid_api_key', async () => {
    const sim = makeSimulator();
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer gsk_wrong' }];
    for (const headers of attempts) {
      const response = await sim.handle(new Request(`${BASE}/openai/v1/models`, { headers }));
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { message: 'Invalid API Key', type: 'invalid_request_error', code: 'invalid_api_key' },
      });
      expect(response.headers.get('x-request-id')).toMatch(REQUEST_ID);
    }
    expect(sim.requests.map((r) => [r.authorized, r.authorization, r.status])).toEqual([
      [false, 'missing', 401],
      [false, 'bearer', 401],
    ]);
  });

  it('lists every catalog model in the documented shape', async () => {
    const response = await makeSimulator().handle(new Request(`${BASE}/openai/v1/models`, { headers: AUTH }));
    const body = (await response.json()) as { object: string; data: Record<string, unknown>[] };
    expect(body.object).toBe('list');
    expect(body.data.map((m) => m.id)).toEqual(eraModels('2024').map((m) => m.id));
    // The 2024 API did not report max_completion_tokens.
    expect(body.data.every((m) => m.max_completion_tokens === undefined)).toBe(true);
    const whisper = body.data.find((m) => m.id === 'whisper-large-v3');
    expect(whisper).toMatchObject({ object: 'model', owned_by: 'OpenAI', active: true, context_window: 448 });
    expect(whisper?.public_apps).toBeNull();
    expect(body.data.find((m) => m.id === 'llama-3.1-8b-instant')?.context_window).toBe(131_072);
  });

  it('retrieves one model and 404s an unknown one with model_not_found', async () => {
    const sim = makeSimulator();
    const ok = await sim.handle(new Request(`${BASE}/openai/v1/models/llama3-8b-8192`, { headers: AUTH }));
    expect(await ok.json()).toMatchObject({ id: 'llama3-8b-8192', context_window: 8192, owned_by: 'Meta' });
    const missing = await sim.handle(new Request(`${BASE}/openai/v1/models/gpt-4o`, { headers: AUTH }));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: {
        message: 'The model `gpt-4o` does not exist or you do not have access to it.',
        type: 'invalid_request_error',
        code: 'model_not_found',
      },
    });
  });

  it('answers an unknown route with 404 unknown_url', async () => {
    const response = await makeSimulator().handle(
      new Request(`${BASE}/openai/v1/xyz`, { method: 'POST', headers: AUTH, body: '{}' }),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        message:
          'Unknown request URL: POST /openai/v1/xyz. Please check the URL for typos, or see the docs at https://console.groq.com/docs/',
        type: 'invalid_request_error',
        code: 'unknown_url',
      },
    });
  });

  it('sends rate-limit headers whose remaining counts go down with use', async () => {
    const sim = makeSimulator();
    const first = await chat(sim, { model: 'llama3-8b-8192', messages: [user('Tell me about tea')] });
    const second = await chat(sim, { model: 'llama3-8b-8192', messages: [user('Tell me about coffee')] });
    const h1 = first.response.headers;
    const h2 = second.response.headers;
    expect(h1.get('x-ratelimit-limit-requests')).toBe('14400');
    expect(h1.get('x-ratelimit-limit-tokens')).toBe('18000');
    expect(h1.get('x-ratelimit-reset-requests')).toMatch(/^(\d+m)?\d+(\.\d+)?s$/);
    expect(h1.get('x-ratelimit-reset-tokens')).toMatch(/^(\d+m)?\d+(\.\d+)?s$/);
    expect(h1.get('retry-after')).toBeNull();
    expect(Number(h2.get('x-ratelimit-remaining-requests'))).toBe(
      Number(h1.get('x-ratelimit-remaining-requests')) - 1,
    );
    const used = second.json.usage.total_tokens ?? 0;
    expect(Number(h2.get('x-ratelimit-remaining-tokens'))).toBeLessThanOrEqual(
      Number(h1.get('x-ratelimit-remaining-tokens')) - used + 5,
    );
    sim.reset();
    const fresh = await chat(sim, { model: 'llama3-8b-8192', messages: [user('hi')] });
    expect(fresh.response.headers.get('x-ratelimit-remaining-requests')).toBe('14399');
  });

  it('answers 429 by itself once the token budget is spent when enforceRateLimits is on', async () => {
    const sim = makeSimulator({ enforceRateLimits: true, limitTokens: 300 });
    expect((await chat(sim, { model: 'llama3-8b-8192', messages: [user('first')] })).response.status).toBe(
      200,
    );
    const { response, json } = await chat(sim, { model: 'llama3-8b-8192', messages: [user('second')] });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(json.error).toMatchObject({ type: 'tokens', code: 'rate_limit_exceeded' });
    expect(json.error.message).toContain('Limit 300');
  });

  it('logs each API request with its parsed body but never the key', async () => {
    const sim = makeSimulator();
    await sim.handle(new Request(`${BASE}/health`));
    await chat(sim, { model: 'llama3-8b-8192', messages: [user('log me')] });
    expect(sim.requests).toHaveLength(1);
    const [entry] = sim.requests;
    expect(entry).toMatchObject({
      method: 'POST',
      path: '/openai/v1/chat/completions',
      authorized: true,
      authorization: 'bearer',
      contentType: 'application/json',
      body: { model: 'llama3-8b-8192', messages: [{ role: 'user', content: 'log me' }] },
      status: 200,
      stream: false,
      aborted: false,
      model: 'llama3-8b-8192',
    });
    expect(entry?.completedAt).toBeGreaterThanOrEqual(entry?.receivedAt ?? Number.POSITIVE_INFINITY);
    const logResponse = await sim.handle(new Request(`${BASE}/_simulator/requests`, { headers: AUTH }));
    const text = await logResponse.text();
    expect(text).not.toContain(KEY);
    expect(JSON.parse(text)).toHaveLength(1);
    await sim.handle(new Request(`${BASE}/_simulator/requests`, { method: 'DELETE', headers: AUTH }));
    expect(sim.requests).toHaveLength(0);
  });
});
