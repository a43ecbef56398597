import { describe, expect, it } from 'vitest';
import type { BatchLineLimits } from '@/lib/groq/batch-line';
import { type BatchFileOptions, checkedJsonl, multipartUpload, UploadRefused } from '@/lib/groq/batch-upload';

const MODEL = 'openai/gpt-oss-20b';
const line = (model: string, tokens?: number, id = 'a') =>
  JSON.stringify({
    custom_id: id,
    method: 'POST',
    url: '/v1/chat/completions',
    body: {
      model,
      messages: [{ role: 'user', content: 'Héllo 🌍' }],
      ...(tokens ? { max_completion_tokens: tokens } : {}),
    },
  });

const open: BatchLineLimits = { ALLOWED_MODELS: [], MAX_COMPLETION_TOKENS_CEILING: 0, pinMaximum: false };

/** Pipes `text`, cut into `size`-byte chunks (so lines and characters span chunks), through the check. */
async function pipe(
  text: string,
  options: Partial<BatchFileOptions> = {},
  size = 7,
): Promise<{ text: string; totals: { lines: number; tokens: number } }> {
  const bytes = new TextEncoder().encode(text);
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
  const check = checkedJsonl({ limits: open, tokenBudget: 0, ...options });
  const out = await new Response(source.pipeThrough(check.stream)).text();
  return { text: out, totals: check.totals };
}

const refusedWith = (code: string, message?: string) => (e: unknown) =>
  e instanceof UploadRefused &&
  e.error.body.code === code &&
  (message === undefined || e.error.message.includes(message));

describe('checkedJsonl', () => {
  it('sends each line re-serialized from the checked object, whatever the chunking', async () => {
    const text = `${line(MODEL, 10, 'a')}\r\n\n${line(MODEL, 20, 'b')}`;
    const { text: out, totals } = await pipe(text);
    expect(out).toBe(`${line(MODEL, 10, 'a')}\n${line(MODEL, 20, 'b')}\n`);
    expect(totals).toEqual({ lines: 2, tokens: 30 });
  });

  it('forwards the model that was checked when a line repeats the key', async () => {
    const smuggled =
      '{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":' +
      `{"model":"other","model":"${MODEL}","messages":[{"role":"user","content":"hi"}]}}`;
    const config = { ALLOWED_MODELS: [MODEL], MAX_COMPLETION_TOKENS_CEILING: 0, pinMaximum: false };
    const { text } = await pipe(smuggled, { limits: config });
    expect(text).not.toContain('other');
    expect(JSON.parse(text).body.model).toBe(MODEL);
  });

  it('refuses a malformed line by its number', async () => {
    await expect(pipe(`${line(MODEL)}\n\n{broken\n`)).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof UploadRefused && e.error.message === 'Line 3 of the batch file is not valid JSON.',
    );
  });

  it("applies the deployment's model allowlist and token ceiling to every line", async () => {
    const limits = { ALLOWED_MODELS: [MODEL], MAX_COMPLETION_TOKENS_CEILING: 500, pinMaximum: true };
    await expect(pipe(`${line(MODEL, 100)}\n`, { limits })).resolves.toMatchObject({
      totals: { tokens: 100 },
    });
    await expect(pipe(`${line(MODEL, 100)}\n${line('other', 10, 'b')}`, { limits })).rejects.toSatisfy(
      refusedWith('model_not_allowed', 'Line 2'),
    );
    await expect(pipe(line(MODEL, 900), { limits })).rejects.toSatisfy(
      refusedWith('max_tokens_ceiling', '900'),
    );
  });

  it('refuses a file whose lines together ask for more than the token budget, naming both figures', async () => {
    const lines = Array.from({ length: 10 }, (_, i) => line(MODEL, 256, `row-${i}`)).join('\n');
    await expect(pipe(lines, { tokenBudget: 2000 })).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof UploadRefused &&
        e.error.status === 429 &&
        e.error.message.includes('2560') &&
        e.error.message.includes('2000'),
    );
    await expect(pipe(lines, { tokenBudget: 2560 })).resolves.toMatchObject({ totals: { tokens: 2560 } });
  });

  it('refuses a line longer than the line cap with 413 and its number, before reading the rest', async () => {
    const long = `${line(MODEL)}\n${'x'.repeat(6 * 1024 * 1024)}`;
    await expect(pipe(long, {}, 64 * 1024)).rejects.toSatisfy(refusedWith('line_too_long', 'Line 2'));
  });

  it('refuses a body shorter than its declared length (cut in front of the route)', async () => {
    const text = `${line(MODEL)}\n`;
    await expect(pipe(text, { declaredBytes: text.length + 100 })).rejects.toSatisfy(
      refusedWith('request_truncated'),
    );
  });

  it('refuses an empty file', async () => {
    await expect(pipe('\n\n')).rejects.toSatisfy(refusedWith('empty_file'));
  });
});

describe('multipartUpload', () => {
  it('wraps the file in a purpose=batch multipart body a server can parse, then says it ended', async () => {
    let ended = false;
    const { body, contentType } = multipartUpload(
      new Response('{"a":1}\n').body as ReadableStream<Uint8Array>,
      'rows.jsonl',
      () => {
        ended = true;
      },
    );
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    expect(form.get('purpose')).toBe('batch');
    const file = form.get('file') as File;
    expect(file.name).toBe('rows.jsonl');
    expect(await file.text()).toBe('{"a":1}\n');
    expect(ended).toBe(true);
  });
});
