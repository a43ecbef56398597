import { beforeAll, describe, expect, it } from 'vitest';

type Handler = (request: Request) => Promise<Response>;
type IdHandler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
let upload: Handler;
let listOrCreate: { GET: Handler; POST: Handler };
let retrieve: IdHandler;
let content: IdHandler;

beforeAll(async () => {
  delete process.env.GROQ_API_KEY;
  delete process.env.GROQ_BASE_URL;
  process.env.SIMULATOR_BATCH_STEP_MS = '30';
  ({ POST: upload } = await import('@/app/api/files/route'));
  listOrCreate = await import('@/app/api/batches/route');
  ({ GET: retrieve } = await import('@/app/api/batches/[id]/route'));
  ({ GET: content } = await import('@/app/api/files/[id]/content/route'));
});

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const line = (id: string, content: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    custom_id: id,
    method: 'POST',
    url: '/v1/chat/completions',
    body: { model: 'openai/gpt-oss-20b', messages: [{ role: 'user', content }], ...extra },
  });

function streamOf(text: string, pieces = 3): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.length / pieces);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

/** The visitor cookie the first response set: every later request is the same visitor. */
let cookie = '';
function remember(response: Response): Response {
  const set = response.headers.get('set-cookie');
  if (set) cookie = set.split(';')[0] ?? '';
  return response;
}
const get = (url: string, as = cookie) => new Request(url, { headers: as ? { cookie: as } : {} });
const post = (url: string, body: BodyInit | ReadableStream<Uint8Array>) =>
  new Request(url, {
    method: 'POST',
    body,
    duplex: 'half',
    headers: cookie ? { cookie } : {},
  } as RequestInit & { duplex: 'half' });

describe('/api/files and /api/batches (demo mode, through the embedded simulator)', () => {
  it('streams a JSONL upload, creates a batch and serves its output file', async () => {
    const text = `${line('row-1', 'Name one landmark in Paris')}\n${line('row-2', 'Name one landmark in Rome')}\n`;
    const uploaded = remember(
      await upload(post('http://localhost/api/files?filename=cities.jsonl', streamOf(text))),
    );
    expect(uploaded.status).toBe(200);
    expect(uploaded.headers.get('set-cookie')).toMatch(/groq_playground_visitor=.*HttpOnly/);
    const file = (await uploaded.json()) as { id: string; purpose: string; filename: string };
    expect(file).toMatchObject({ purpose: 'batch', filename: 'cities.jsonl' });

    const created = await listOrCreate.POST(
      post(
        'http://localhost/api/batches',
        JSON.stringify({ input_file_id: file.id, completion_window: '24h' }),
      ),
    );
    expect(created.status).toBe(200);
    const batch = (await created.json()) as { id: string; endpoint: string };
    expect(batch.endpoint).toBe('/v1/chat/completions');

    let current: { status: string; output_file_id: string | null } = { status: '', output_file_id: null };
    for (let i = 0; i < 50 && current.status !== 'completed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      current = await (
        await retrieve(get(`http://localhost/api/batches/${batch.id}`), params(batch.id))
      ).json();
    }
    expect(current.status).toBe('completed');
    const output = await content(get('http://localhost/x'), params(current.output_file_id ?? ''));
    expect(output.headers.get('content-disposition')).toContain('attachment');
    expect((await output.text()).trim().split('\n')).toHaveLength(2);

    const list = await (await listOrCreate.GET(get('http://localhost/api/batches'))).json();
    expect(list.data.map((b: { id: string }) => b.id)).toEqual([batch.id]);

    // Another browser (no cookie, so a new visitor) sees none of it.
    const stranger = await listOrCreate.GET(get('http://localhost/api/batches', ''));
    expect((await stranger.json()).data).toEqual([]);
    const theirs = await retrieve(get(`http://localhost/api/batches/${batch.id}`, ''), params(batch.id));
    expect(theirs.status).toBe(404);
    const read = await content(get('http://localhost/x', ''), params(current.output_file_id ?? ''));
    expect(read.status).toBe(404);
  });

  it('refuses a malformed line with its number, a bad window and a bad id, in the one error shape', async () => {
    const bad = await upload(post('http://localhost/api/files', streamOf(`${line('a', 'x')}\n{oops\n`)));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'invalid_batch_line', message: expect.stringContaining('Line 2') },
    });

    const window = await listOrCreate.POST(
      post(
        'http://localhost/api/batches',
        JSON.stringify({ input_file_id: 'file_x', completion_window: '1h' }),
      ),
    );
    expect(window.status).toBe(400);
    expect((await window.json()).error.message).toContain('completion_window');

    const missing = await retrieve(get('http://localhost/api/batches/../x'), params('../x'));
    expect(missing.status).toBe(404);
  });

  it('refuses a cross-site upload before reading it', async () => {
    const response = await upload(
      new Request('http://localhost/api/files', {
        method: 'POST',
        headers: { origin: 'https://evil.example', host: 'localhost' },
        body: line('a', 'x'),
      }),
    );
    expect(response.status).toBe(403);
  });
});
