import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A "Groq" that answers speech requests with whatever content type the test names. */
let served = { type: 'text/html; charset=utf-8', body: '<script>alert(document.domain)</script>' };
let server: Server;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, served.type ? { 'content-type': served.type } : {});
    res.end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.GROQ_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.GROQ_API_KEY = 'gsk_tts_content_type_test_key';
  process.env.GROQ_MAX_RETRIES = '0';
  POST = (await import('@/app/api/tts/route')).POST;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const speak = () =>
  POST(
    new Request('http://localhost/api/tts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'canopylabs/orpheus-v1-english', voice: 'troy', input: 'Hello.' }),
    }),
  );

describe('POST /api/tts serves audio only', () => {
  it('refuses an HTML answer from upstream with 502 and a JSON error, never the HTML', async () => {
    served = { type: 'text/html; charset=utf-8', body: '<script>alert(document.domain)</script>' };
    const response = await speak();
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).not.toContain('<script>');
    expect(JSON.parse(text).error).toMatchObject({
      code: 'upstream_not_audio',
      message: expect.stringContaining('`text/html; charset=utf-8` instead of audio'),
    });
  });

  it('refuses an answer with no content type, and passes audio/* through', async () => {
    served = { type: '', body: 'RIFF' };
    expect((await speak()).status).toBe(502);
    served = { type: 'audio/mpeg', body: 'ID3' };
    const audio = await speak();
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/mpeg');
    expect(await audio.text()).toBe('ID3');
  });
});
