import { describe, expect, it } from 'vitest';
import { createSimulator } from '@/lib/simulator';

const KEY = 'gsk_test';
const BASE = 'http://sim/openai/v1';
const auth = { authorization: `Bearer ${KEY}` };

function line(customId: string, content: string, model = 'openai/gpt-oss-20b') {
  return JSON.stringify({
    custom_id: customId,
    method: 'POST',
    url: '/v1/chat/completions',
    body: { model, messages: [{ role: 'user', content }] },
  });
}

async function upload(sim: ReturnType<typeof createSimulator>, text: string, purpose = 'batch') {
  const form = new FormData();
  form.set('purpose', purpose);
  form.set('file', new File([text], 'batch.jsonl', { type: 'application/jsonl' }));
  return sim.handle(new Request(`${BASE}/files`, { method: 'POST', headers: auth, body: form }));
}

async function json(sim: ReturnType<typeof createSimulator>, path: string, init: RequestInit = {}) {
  const response = await sim.handle(
    new Request(`${BASE}${path}`, { ...init, headers: { ...auth, 'content-type': 'application/json' } }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('simulator Files and Batches', () => {
  it('runs a batch through validating → in_progress → finalizing → completed with output and error files', async () => {
    const sim = createSimulator({ apiKey: KEY, batchStepMs: 40 });
    const text = [
      line('row-1', 'Name one landmark in Paris'),
      line('row-2', 'hi', 'no-such-model'),
      line('row-3', 'Rome'),
    ].join('\n');
    const file = (await (await upload(sim, text)).json()) as { id: string; purpose: string };
    expect(file.purpose).toBe('batch');
    expect(sim.requests.at(-1)?.body).toMatchObject({
      fields: { purpose: 'batch' },
      lines: [{ custom_id: 'row-1' }, {}, {}],
    });

    const created = await json(sim, '/batches', {
      method: 'POST',
      body: JSON.stringify({
        input_file_id: file.id,
        endpoint: '/v1/chat/completions',
        completion_window: '24h',
      }),
    });
    expect(created.body).toMatchObject({ status: 'validating', request_counts: { total: 3 } });
    const id = created.body.id as string;
    const seen = new Set<string>();
    let batch: Record<string, unknown> = created.body;
    for (let i = 0; i < 40 && batch.status !== 'completed'; i += 1) {
      await wait(15);
      batch = (await json(sim, `/batches/${id}`)).body;
      seen.add(batch.status as string);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['in_progress', 'finalizing', 'completed']));
    expect(batch.request_counts).toEqual({ total: 3, completed: 2, failed: 1 });

    const output = await (
      await sim.handle(new Request(`${BASE}/files/${batch.output_file_id}/content`, { headers: auth }))
    ).text();
    const ids = output
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).custom_id);
    expect(ids.sort()).toEqual(['row-1', 'row-3']);
    const errors = await (
      await sim.handle(new Request(`${BASE}/files/${batch.error_file_id}/content`, { headers: auth }))
    ).text();
    expect(JSON.parse(errors.trim())).toMatchObject({ custom_id: 'row-2', response: { status_code: 404 } });

    const list = await json(sim, '/batches?limit=1');
    expect(list.body).toMatchObject({ object: 'list', data: [{ id }], paging: { next_cursor: null } });
  });

  it('refuses a wrong purpose and an unknown completion window; fails a batch with a bad line', async () => {
    const sim = createSimulator({ apiKey: KEY, batchStepMs: 10 });
    expect((await upload(sim, line('a', 'x'), 'fine-tune')).status).toBe(400);
    const file = (await (await upload(sim, `${line('a', 'x')}\nnot json\n`)).json()) as { id: string };
    const window = await json(sim, '/batches', {
      method: 'POST',
      body: JSON.stringify({
        input_file_id: file.id,
        endpoint: '/v1/chat/completions',
        completion_window: '1h',
      }),
    });
    expect(window.status).toBe(400);
    const created = await json(sim, '/batches', {
      method: 'POST',
      body: JSON.stringify({
        input_file_id: file.id,
        endpoint: '/v1/chat/completions',
        completion_window: '7d',
      }),
    });
    await wait(25);
    const failed = (await json(sim, `/batches/${created.body.id}`)).body;
    expect(failed).toMatchObject({
      status: 'failed',
      errors: { data: [{ code: 'invalid_json_line', line: 2 }] },
    });
  });

  it('cancels a batch in progress: cancelling, then cancelled', async () => {
    const sim = createSimulator({ apiKey: KEY, batchStepMs: 30 });
    const file = (await (await upload(sim, line('a', 'x'))).json()) as { id: string };
    const created = await json(sim, '/batches', {
      method: 'POST',
      body: JSON.stringify({
        input_file_id: file.id,
        endpoint: '/v1/chat/completions',
        completion_window: '48h',
      }),
    });
    const cancelled = await json(sim, `/batches/${created.body.id}/cancel`, { method: 'POST' });
    expect(cancelled.body.status).toBe('cancelling');
    await wait(40);
    expect((await json(sim, `/batches/${created.body.id}`)).body.status).toBe('cancelled');
  });
});
