import { describe, expect, it } from 'vitest';
import { chat, chatRequest, makeSimulator, parseSse, streamedContent, user } from './helpers';

const MODEL = 'llama-3.1-8b-instant';

/** Reads a response body, recording when each piece arrived (ms since the call). */
async function timedRead(response: Response): Promise<{ text: string; times: number[]; pieces: string[] }> {
  const start = performance.now();
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const times: number[] = [];
  const pieces: string[] = [];
  for (;;) {
    const { done, value } = (await reader?.read()) ?? { done: true, value: undefined };
    if (done) break;
    times.push(performance.now() - start);
    pieces.push(decoder.decode(value));
  }
  return { text: pieces.join(''), times, pieces };
}

describe('fault triggers', () => {
  it('[sim:429] answers 429 rate_limit_exceeded with retry-after 7', async () => {
    const { response, json } = await chat(makeSimulator(), {
      model: MODEL,
      messages: [user('hi [sim:429]')],
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('x-ratelimit-remaining-tokens')).not.toBeNull();
    expect(json.error).toEqual({
      message:
        'Rate limit reached for model `llama-3.1-8b-instant` in organization `org_simulator` on tokens per minute (TPM): Limit 18000, Used 17990, Requested 1200. Please try again in 7s. Visit https://console.groq.com/docs/rate-limits for more information.',
      type: 'tokens',
      code: 'rate_limit_exceeded',
    });
  });

  it('[sim:429:<seconds>] sets the retry-after seconds', async () => {
    const { response, json } = await chat(makeSimulator(), {
      model: MODEL,
      messages: [user('[sim:429:30] hi')],
    });
    expect(response.headers.get('retry-after')).toBe('30');
    expect(json.error.message).toContain('Please try again in 30s.');
  });

  it('[sim:500], [sim:502] and [sim:503] answer with those statuses and Groq-like bodies', async () => {
    const sim = makeSimulator();
    const five = await chat(sim, { model: MODEL, messages: [user('[sim:500]')] });
    expect(five.response.status).toBe(500);
    expect(five.json.error).toEqual({ message: 'Internal Server Error', type: 'internal_server_error' });
    const bad = await chat(sim, { model: MODEL, messages: [user('[sim:502]')] });
    expect(bad.response.status).toBe(502);
    expect(bad.json.error.type).toBe('internal_server_error');
    const busy = await chat(sim, { model: MODEL, messages: [user('[sim:503]')] });
    expect(busy.response.status).toBe(503);
    expect(busy.json.error.message).toMatch(/^Service Unavailable: the model is over capacity/);
    expect(busy.response.headers.get('retry-after')).toBeNull();
  });

  it('ignores fault triggers in the system message but honours length there', async () => {
    const { response, json } = await chat(makeSimulator(), {
      model: MODEL,
      messages: [{ role: 'system', content: '[sim:500] [sim:tokens:12]' }, user('hello')],
    });
    expect(response.status).toBe(200);
    expect(json.usage.completion_tokens).toBe(12);
  });

  it('[sim:stream_error] sends an SSE error event halfway and ends without [DONE]', async () => {
    const response = await makeSimulator().handle(
      chatRequest({ model: MODEL, stream: true, messages: [user('go [sim:tokens:40] [sim:stream_error]')] }),
    );
    const { chunks, done } = parseSse(await response.text());
    expect(done).toBe(false);
    const last = chunks[chunks.length - 1];
    expect(last?.error).toMatchObject({ type: 'internal_server_error' });
    expect(chunks.length - 2).toBe(20);
  });

  it('[sim:cut] makes the stream fail halfway without a final chunk', async () => {
    const sim = makeSimulator();
    const response = await sim.handle(
      chatRequest({ model: MODEL, stream: true, messages: [user('go [sim:tokens:40] [sim:cut]')] }),
    );
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let text = '';
    await expect(
      (async () => {
        for (;;) {
          const { done, value } = (await reader?.read()) ?? { done: true, value: undefined };
          if (done) return;
          text += decoder.decode(value);
        }
      })(),
    ).rejects.toThrow(/cut/);
    expect(text).not.toContain('[DONE]');
    expect(text).not.toContain('finish_reason":"stop"');
    expect(sim.requests[0]?.closedAt).toBeTypeOf('number');
  });

  it('stops producing and logs aborted when the Request signal aborts mid-stream', async () => {
    const sim = makeSimulator();
    const controller = new AbortController();
    const response = await sim.handle(
      chatRequest(
        { model: MODEL, stream: true, messages: [user('long one [sim:tps:50] [sim:tokens:200]')] },
        { signal: controller.signal },
      ),
    );
    const reader = response.body?.getReader();
    await reader?.read();
    await new Promise((resolve) => setTimeout(resolve, 60));
    controller.abort();
    await expect(
      (async () => {
        for (;;) if ((await reader?.read())?.done !== false) return;
      })(),
    ).rejects.toThrow();
    const [entry] = sim.requests;
    expect(entry).toMatchObject({ stream: true, aborted: true });
    expect(entry?.closedAt).toBeTypeOf('number');
    expect(entry?.completedAt).toBeUndefined();
  });

  it('[sim:slow:<ms>] sends the role chunk at once and delays the first token', async () => {
    const response = await makeSimulator().handle(
      chatRequest({ model: MODEL, stream: true, messages: [user('hi [sim:slow:150] [sim:tokens:3]')] }),
    );
    const { text, times, pieces } = await timedRead(response);
    expect(pieces[0]).toContain('"role":"assistant"');
    expect(pieces[0]).not.toContain('"content":"##');
    expect(times[0]).toBeLessThan(100);
    expect(times[1]).toBeGreaterThanOrEqual(140);
    expect(streamedContent(parseSse(text).chunks).length).toBeGreaterThan(0);
  });

  it('[sim:tps:<n>] paces tokens at that speed', async () => {
    const response = await makeSimulator().handle(
      chatRequest({ model: MODEL, stream: true, messages: [user('hi [sim:tps:100] [sim:tokens:20]')] }),
    );
    const start = performance.now();
    const { chunks } = parseSse(await response.text());
    const elapsed = performance.now() - start;
    expect(chunks.length).toBe(22);
    expect(elapsed).toBeGreaterThanOrEqual(170);
    expect(elapsed).toBeLessThan(1500);
    expect(chunks[chunks.length - 1]?.x_groq?.usage?.completion_time).toBeCloseTo(0.2, 5);
  });

  it('strips triggers from what the answer echoes', async () => {
    const { json } = await chat(makeSimulator(), {
      model: MODEL,
      messages: [user('Explain DNS [sim:tps:5000]')],
    });
    expect(json.choices[0]?.message.content).toContain('“Explain DNS”');
    expect(json.choices[0]?.message.content).not.toContain('[sim:');
  });
});
