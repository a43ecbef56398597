import { describe, expect, it } from 'vitest';
import { createSimulator } from '@/lib/simulator';

const KEY = 'gsk_bounds_test';
const auth = { authorization: `Bearer ${KEY}` };
const API = 'http://sim/openai/v1';

type Sim = ReturnType<typeof createSimulator>;

function line(customId: string) {
  return JSON.stringify({
    custom_id: customId,
    method: 'POST',
    url: '/v1/chat/completions',
    body: { model: 'openai/gpt-oss-20b', messages: [{ role: 'user', content: 'hi' }] },
  });
}

async function upload(sim: Sim, text: string): Promise<{ status: number; id: string }> {
  const form = new FormData();
  form.set('purpose', 'batch');
  form.set('file', new File([text], 'batch.jsonl'));
  const response = await sim.handle(
    new Request(`${API}/files`, { method: 'POST', headers: auth, body: form }),
  );
  const body = (await response.json()) as { id: string };
  return { status: response.status, id: body.id };
}

const get = async (sim: Sim, path: string) =>
  (await sim.handle(new Request(`${API}${path}`, { headers: auth }))).status;

async function startBatch(sim: Sim, fileId: string): Promise<string> {
  const response = await sim.handle(
    new Request(`${API}/batches`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        input_file_id: fileId,
        endpoint: '/v1/chat/completions',
        completion_window: '24h',
      }),
    }),
  );
  return ((await response.json()) as { id: string }).id;
}

const chat = (sim: Sim, content: string) =>
  sim.handle(
    new Request(`${API}/chat/completions`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'openai/gpt-oss-20b', messages: [{ role: 'user', content }] }),
    }),
  );

describe('the simulator keeps bounded state, dropping the oldest first', () => {
  it('caps the request log by entries and by bytes of logged bodies', async () => {
    const sim = createSimulator({ apiKey: KEY, tokensPerSecond: 0, maxLogEntries: 3, maxLogBytes: 50_000 });
    for (const n of [1, 2, 3, 4, 5]) await chat(sim, `prompt ${n}`);
    const prompts = () => sim.requests.map((r) => JSON.stringify(r.body).match(/prompt \d|x{20}/)?.[0]);
    expect(prompts()).toEqual(['prompt 3', 'prompt 4', 'prompt 5']);
    await chat(sim, 'x'.repeat(30_000));
    await chat(sim, 'x'.repeat(30_000));
    // Two 30 kB bodies pass 50 kB: the older goes, and with it everything before it.
    expect(sim.requests).toHaveLength(1);
    expect(prompts()).toEqual(['x'.repeat(20)]);
  });

  it('caps files by count and by bytes; an upload larger than the cap is 413', async () => {
    const sim = createSimulator({ apiKey: KEY, maxStoredFiles: 2, maxStoredFileBytes: 1000 });
    const a = await upload(sim, line('a'));
    const b = await upload(sim, line('b'));
    const c = await upload(sim, line('c'));
    expect([
      await get(sim, `/files/${a.id}`),
      await get(sim, `/files/${b.id}`),
      await get(sim, `/files/${c.id}`),
    ]).toEqual([404, 200, 200]);
    expect((await upload(sim, Array.from({ length: 10 }, (_, i) => line(`r${i}`)).join('\n'))).status).toBe(
      413,
    );
    // By bytes: ~150 + ~600 kept, and another ~600 passes 1000, so both older files go.
    const bytes = createSimulator({ apiKey: KEY, maxStoredFiles: 10, maxStoredFileBytes: 1000 });
    const four = (tag: string) => ['a', 'b', 'c', 'd'].map((id) => line(`${tag}${id}`)).join('\n');
    const small = await upload(bytes, line('a'));
    const big = await upload(bytes, four('x'));
    const bigger = await upload(bytes, four('y'));
    const kept = [small, big, bigger].map((file) => get(bytes, `/files/${file.id}`));
    expect(await Promise.all(kept)).toEqual([404, 404, 200]);
  });

  it('caps batches by count and by request lines together', async () => {
    const sim = createSimulator({ apiKey: KEY, batchStepMs: 10_000, maxBatches: 2, maxBatchLines: 3 });
    const one = (await upload(sim, line('a'))).id;
    const two = (await upload(sim, [line('a'), line('b')].join('\n'))).id;
    const first = await startBatch(sim, one);
    const second = await startBatch(sim, one);
    const third = await startBatch(sim, one);
    // Count cap: a third batch drops the first.
    expect([await get(sim, `/batches/${first}`), await get(sim, `/batches/${second}`)]).toEqual([404, 200]);
    // Lines cap: 1 + 1 kept + 2 new passes 3, so the oldest (second) goes and the third stays.
    const fourth = await startBatch(sim, two);
    const statuses = [second, third, fourth].map((id) => get(sim, `/batches/${id}`));
    expect(await Promise.all(statuses)).toEqual([404, 200, 200]);
  });
});

describe('the request log needs the key', () => {
  it('answers 401 without it, with no logged prompt in the answer, and 200 with it', async () => {
    const sim = createSimulator({ apiKey: KEY, tokensPerSecond: 0 });
    await chat(sim, 'a secret prompt');
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: KEY },
    ];
    for (const headers of attempts) {
      const response = await sim.handle(new Request('http://sim/_simulator/requests', { headers }));
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).not.toContain('secret');
      expect(JSON.parse(text).error.message).toContain('Authorization: Bearer');
    }
    const cleared = await sim.handle(new Request('http://sim/_simulator/requests', { method: 'DELETE' }));
    expect(cleared.status).toBe(401);
    expect(sim.requests).toHaveLength(1);
    const ok = await sim.handle(new Request('http://sim/_simulator/requests', { headers: auth }));
    expect(await ok.text()).toContain('a secret prompt');
  });

  it('is not there at all when the simulator is not inspectable (the demo)', async () => {
    const sim = createSimulator({ apiKey: KEY, inspectable: false });
    const response = await sim.handle(new Request('http://sim/_simulator/requests', { headers: auth }));
    expect(response.status).toBe(404);
  });
});
