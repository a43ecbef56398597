import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatorServer } from '@/lib/simulator';

/** The chat route's token budget counts moderation's two screenings, before any upstream call. */
const KEY = 'gsk_budget_test_key';
/** Any chat model the simulator serves (one place to change when the lineup moves). */
const MODEL = 'openai/gpt-oss-20b';
const ENV = {
  GROQ_API_KEY: KEY,
  GROQ_MAX_RETRIES: '0',
  RATE_LIMIT_TOKENS_PER_MINUTE: '3000',
};
let server: Awaited<ReturnType<typeof startSimulatorServer>>;
let POST: (request: Request) => Promise<Response>;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = await startSimulatorServer({ port: 0, apiKey: KEY, tokensPerSecond: 0 });
  for (const [name, value] of Object.entries({ ...ENV, GROQ_BASE_URL: server.url })) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  ({ POST } = await import('@/app/api/chat/route'));
});

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await server.close();
});

const chat = (guard: boolean) =>
  POST(
    new Request('http://localhost/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: MODEL,
        messages: [{ role: 'user', content: 'x'.repeat(400) }],
        max_completion_tokens: 1400,
        guard,
      }),
    }),
  );

describe('moderation and the token budget', () => {
  it('refuses a guarded request whose screenings push it past the budget, before calling upstream', async () => {
    const response = await chat(true);
    expect(response.status).toBe(429);
    expect((await response.json()).error.message).toMatch(/exceeds 3000 tokens per minute/);
    expect(server.simulator.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(0);
  });

  it('lets the same request through without moderation', async () => {
    const response = await chat(false);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  });
});
