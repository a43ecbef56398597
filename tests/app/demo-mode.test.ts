import { beforeAll, describe, expect, it } from 'vitest';
import { EventStreamDecoder } from '@/lib/stream/decode';

let POST: (request: Request) => Promise<Response>;
let GET_MODELS: (request: Request) => Promise<Response>;

beforeAll(async () => {
  delete process.env.GROQ_API_KEY;
  delete process.env.GROQ_BASE_URL;
  ({ POST } = await import('@/app/api/chat/route'));
  ({ GET: GET_MODELS } = await import('@/app/api/models/route'));
});

describe('demo mode (no GROQ_API_KEY)', () => {
  it('answers from the embedded simulator over HTTP', async () => {
    const response = await POST(
      new Request('http://localhost/api/chat', {
        method: 'POST',
        body: JSON.stringify({
          model: 'openai/gpt-oss-20b',
          stream: true,
          messages: [{ role: 'user', content: 'Explain the importance of fast language models [sim:tps:0]' }],
        }),
      }),
    );
    expect(response.status).toBe(200);
    const decoder = new EventStreamDecoder();
    const events = [...decoder.push(new Uint8Array(await response.arrayBuffer())), ...decoder.end()];
    const text = events.map((e) => (e.event === 'delta' ? (e.data.content ?? '') : '')).join('');
    expect(text.toLowerCase()).toContain('fast language models');
    expect(events.at(-1)).toMatchObject({ event: 'done', data: { finish_reason: 'stop' } });
  });

  it("lists today's lineup, names the guard model and says it is a demo", async () => {
    const body = await (await GET_MODELS(new Request('http://localhost/api/models'))).json();
    expect(body.demo).toBe(true);
    const ids = body.data.map((m: { id: string }) => m.id);
    expect(ids).toContain('openai/gpt-oss-120b');
    expect(ids).not.toContain('llama-3.1-8b-instant');
    expect(body.guard).toEqual({ model: 'openai/gpt-oss-safeguard-20b', reason: null });
  });
});
