import { describe, expect, it } from 'vitest';
import { checkedJsonl, multipartUpload, UploadRefused } from '@/lib/groq/batch-upload';
import { parseSecurityConfig } from '@/lib/security/config';

const line = (model: string, tokens?: number) =>
  JSON.stringify({
    custom_id: 'a',
    method: 'POST',
    url: '/v1/chat/completions',
    body: { model, messages: [], ...(tokens ? { max_completion_tokens: tokens } : {}) },
  });

/** Pipes `text`, cut into `size`-byte chunks (so lines and characters span chunks), through the check. */
async function pipe(
  text: string,
  config = parseSecurityConfig({}),
  size = 7,
  declared: number | null = null,
): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
  return new Response(source.pipeThrough(checkedJsonl(config, declared))).text();
}

describe('checkedJsonl', () => {
  it('passes the bytes through unchanged, whatever the chunking (multi-byte characters too)', async () => {
    const text = `${line('openai/gpt-oss-20b')}\n${line('Ünïcødé 🌍')}\n`;
    expect(await pipe(text)).toBe(text);
  });

  it('refuses a malformed line by its number', async () => {
    await expect(pipe(`${line('m')}\n\n{broken\n`)).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof UploadRefused && e.error.message === 'Line 3 of the batch file is not valid JSON.',
    );
  });

  it("applies the deployment's model allowlist and token ceiling to every line", async () => {
    const config = parseSecurityConfig({
      ALLOWED_MODELS: 'openai/gpt-oss-20b',
      MAX_COMPLETION_TOKENS_CEILING: '500',
    });
    await expect(pipe(`${line('openai/gpt-oss-20b')}\n`, config)).resolves.toContain('gpt-oss-20b');
    await expect(pipe(`${line('openai/gpt-oss-20b')}\n${line('other')}`, config)).rejects.toSatisfy(
      (e: unknown) => e instanceof UploadRefused && e.error.body.code === 'model_not_allowed',
    );
    await expect(pipe(line('openai/gpt-oss-20b', 900), config)).rejects.toSatisfy(
      (e: unknown) => e instanceof UploadRefused && e.error.body.code === 'max_tokens_ceiling',
    );
  });

  it('refuses a body shorter than its declared length (cut in front of the route)', async () => {
    const text = `${line('m')}\n`;
    await expect(pipe(text, parseSecurityConfig({}), 7, text.length + 100)).rejects.toSatisfy(
      (e: unknown) => e instanceof UploadRefused && e.error.body.code === 'request_truncated',
    );
  });

  it('refuses an empty file', async () => {
    await expect(pipe('\n\n')).rejects.toBeInstanceOf(UploadRefused);
  });
});

describe('multipartUpload', () => {
  it('wraps the file in a purpose=batch multipart body a server can parse', async () => {
    const { body, contentType } = multipartUpload(
      new Response('{"a":1}\n').body as ReadableStream<Uint8Array>,
      'rows.jsonl',
    );
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    expect(form.get('purpose')).toBe('batch');
    const file = form.get('file') as File;
    expect(file.name).toBe('rows.jsonl');
    expect(await file.text()).toBe('{"a":1}\n');
  });
});
