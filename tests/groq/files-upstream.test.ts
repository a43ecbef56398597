import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APIConnectionTimeoutError } from 'groq-sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

let groqFetch: typeof import('@/lib/groq/files-upstream').groqFetch;

/** An upstream that takes requests and never answers. */
let server: Server;
beforeAll(async () => {
  server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  process.env.GROQ_BASE_URL = `http://127.0.0.1:${port}`;
  process.env.GROQ_API_KEY = 'gsk_test_files_upstream';
  process.env.GROQ_TIMEOUT_MS = '1000';
  // Fresh modules read the settings above (the parsed environment is cached per module instance).
  vi.resetModules();
  ({ groqFetch } = await import('@/lib/groq/files-upstream'));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  delete process.env.GROQ_BASE_URL;
  delete process.env.GROQ_API_KEY;
  delete process.env.GROQ_TIMEOUT_MS;
});

describe('groqFetch (Files and Batches calls)', () => {
  it('gives up after GROQ_TIMEOUT_MS with the timeout error groq-sdk would raise', async () => {
    const started = Date.now();
    await expect(
      groqFetch('/files/file_x/content', {}, { signal: new AbortController().signal }),
    ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('starts an upload’s timeout only once its body was sent', async () => {
    let sent = () => {};
    const bodySent = new Promise<void>((resolve) => {
      sent = resolve;
    });
    const started = Date.now();
    const call = groqFetch(
      '/files',
      { method: 'POST', body: 'x' },
      { signal: new AbortController().signal, timeoutFrom: bodySent },
    );
    setTimeout(sent, 1500);
    await expect(call).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2400);
  });
});
