import { describe, expect, it } from 'vitest';
import { type RowResult, runAll, type SendChat } from '@/lib/datasets/run-all';
import type { ChatRequest } from '@/lib/schema/chat-request';
import type { ChatEvent } from '@/lib/stream/events';

const rows = ['Paris', 'Rome', 'Tokyo', 'Lima', 'Oslo'].map((city, i) => ({
  key: `row-${i + 1}`,
  request: { model: 'm', messages: [{ role: 'user', content: city }] } as ChatRequest,
}));

function answer(text: string): ChatEvent[] {
  return [
    { event: 'delta', data: { content: text } },
    { event: 'usage', data: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 } },
  ];
}

function collect() {
  const results = new Map<string, Partial<RowResult>>();
  return {
    results,
    onRow: (key: string, patch: Partial<RowResult>) => results.set(key, { ...results.get(key), ...patch }),
  };
}

describe('runAll', () => {
  it('sends every row with at most `concurrency` in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const send: SendChat = async function* (request) {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      yield* answer(`about ${request.messages[0]?.content}`);
    };
    const { results, onRow } = collect();
    await runAll({ rows, concurrency: 2, signal: new AbortController().signal, send, onRow });
    expect(peak).toBe(2);
    expect(results.get('row-3')).toMatchObject({
      status: 'done',
      answer: 'about Tokyo',
      completionTokens: 2,
    });
    expect([...results.values()].every((r) => r.status === 'done')).toBe(true);
  });

  it('waits out a 429 retry-after, then sends the same row again', async () => {
    let calls = 0;
    const slept: number[] = [];
    let clock = 0;
    const send: SendChat = async function* () {
      calls += 1;
      if (calls === 1) {
        yield {
          event: 'error',
          data: {
            error: {
              status: 429,
              type: 'rate_limit_exceeded',
              code: null,
              message: 'slow down',
              retry_after: 3,
            },
          },
        };
        return;
      }
      yield* answer('ok');
    };
    const { results, onRow } = collect();
    await runAll({
      rows: rows.slice(0, 1),
      concurrency: 1,
      signal: new AbortController().signal,
      send,
      onRow,
      now: () => clock,
      sleep: async (ms) => {
        slept.push(ms);
        clock += ms;
      },
    });
    expect(slept).toEqual([3000]);
    expect(calls).toBe(2);
    expect(results.get('row-1')).toMatchObject({ status: 'done', answer: 'ok' });
  });

  it('Stop leaves the rest unsent and marks them stopped; an error row says why', async () => {
    const controller = new AbortController();
    let sent = 0;
    const send: SendChat = async function* (request) {
      sent += 1;
      if (request.messages[0]?.content === 'Paris') {
        yield {
          event: 'error',
          data: { error: { status: 400, type: 'invalid_request_error', code: null, message: 'bad' } },
        };
        return;
      }
      controller.abort();
      yield* answer('late');
    };
    const { results, onRow } = collect();
    await runAll({ rows, concurrency: 1, signal: controller.signal, send, onRow });
    expect(sent).toBe(2);
    expect(results.get('row-1')).toMatchObject({ status: 'error', error: 'bad' });
    expect(results.get('row-2')?.status).toBe('stopped');
    expect(results.get('row-3')?.status).toBe('unsent');
    expect(results.get('row-5')?.status).toBe('unsent');
  });
});
