import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { oversizedWav, sineWav, textFile } from '@/e2e/support/audio';
import { startSimulatorServer } from '@/lib/simulator';
import type { SttResponse } from '@/lib/stt/response';

const KEY = 'gsk_audio_route_test_key';
let server: Awaited<ReturnType<typeof startSimulatorServer>>;
type Post = (request: Request) => Promise<Response>;
let transcriptions: Post;
let translations: Post;

beforeAll(async () => {
  server = await startSimulatorServer({ port: 0, apiKey: KEY, tokensPerSecond: 0, era: '2024' });
  process.env.GROQ_BASE_URL = `${server.url}/openai/v1`;
  process.env.GROQ_API_KEY = KEY;
  process.env.GROQ_MAX_RETRIES = '0';
  transcriptions = (await import('@/app/api/stt/transcriptions/route')).POST;
  translations = (await import('@/app/api/stt/translations/route')).POST;
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => server.simulator.reset());

const upstreamAudio = () => server.simulator.requests.filter((r) => r.path.includes('/audio/'));

function form(
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Uint8Array<ArrayBuffer> },
) {
  const body = new FormData();
  if (file) body.append('file', new File([file.bytes], file.name, { type: file.type }));
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  return body;
}

const wav = (seconds = 6, name = 'clip.wav') => {
  const payload = sineWav(seconds, { name });
  return { name, type: payload.mimeType, bytes: Uint8Array.from(payload.buffer) };
};

function post(handler: Post, body: FormData, init: RequestInit = {}) {
  return handler(new Request('http://localhost/api/stt', { method: 'POST', body, ...init }));
}

async function errorOf(response: Response) {
  return (
    (await response.json()) as {
      error: { status: number; type: string; code: string | null; message: string };
    }
  ).error;
}

describe('POST /api/stt/transcriptions through groq-sdk to the simulator', () => {
  it('answers json with the text, request id, rate limits and duration', async () => {
    const response = await post(transcriptions, form({ model: 'whisper-large-v3-turbo' }, wav()));
    expect(response.status).toBe(200);
    const body = (await response.json()) as SttResponse;
    expect(body).toMatchObject({
      task: 'transcribe',
      model: 'whisper-large-v3-turbo',
      response_format: 'json',
    });
    expect(body.result.text).toMatch(/^\S.*[.?!]$/);
    expect(body.request_id).toMatch(/^req_/);
    expect(body.rate_limit['x-ratelimit-remaining-requests']).toBeDefined();
    expect(body.duration_ms).toBeGreaterThanOrEqual(0);
    const [logged] = upstreamAudio();
    expect(logged?.path).toBe('/openai/v1/audio/transcriptions');
    expect(logged?.authorized).toBe(true);
    expect(logged?.body).toMatchObject({
      fields: { model: 'whisper-large-v3-turbo', response_format: 'json' },
      file: { name: 'clip.wav', size: wav().bytes.length },
    });
  });

  it('answers verbose_json with segments and the audio duration', async () => {
    const fields = {
      model: 'whisper-large-v3',
      response_format: 'verbose_json',
      language: 'en',
      temperature: '0.2',
    };
    const body = (await (await post(transcriptions, form(fields, wav(6)))).json()) as SttResponse;
    expect(body.result).toMatchObject({ task: 'transcribe', language: 'English', duration: 6 });
    expect(body.result.segments?.map((s) => [s.start, s.end])).toEqual([
      [0, 3],
      [3, 6],
    ]);
    expect(upstreamAudio()[0]?.body).toMatchObject({ fields: { language: 'en', temperature: '0.2' } });
  });

  it('wraps a text answer as { text }', async () => {
    const fields = { model: 'distil-whisper-large-v3-en', response_format: 'text', prompt: 'Groq, LPU' };
    const response = await post(transcriptions, form(fields, wav(3)));
    expect(response.status).toBe(200);
    const body = (await response.json()) as SttResponse;
    expect(body.response_format).toBe('text');
    expect(Object.keys(body.result)).toEqual(['text']);
    expect(body.result.text.trim()).toMatch(/[.?!]$/);
    expect(upstreamAudio()[0]?.body).toMatchObject({ fields: { prompt: 'Groq, LPU' } });
  });

  it('refuses a 26 MB file with 413 and makes no upstream call', async () => {
    const big = oversizedWav(26);
    const response = await post(
      transcriptions,
      form(
        { model: 'whisper-large-v3' },
        { name: big.name, type: 'audio/wav', bytes: Uint8Array.from(big.buffer) },
      ),
    );
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({ status: 413, code: 'request_too_large' });
    expect(upstreamAudio()).toHaveLength(0);
  });

  it('refuses a 25.5 MB file (a body under the upload cap) with the schema 413 and its size', async () => {
    const big = oversizedWav(25.5);
    const response = await post(
      transcriptions,
      form(
        { model: 'whisper-large-v3' },
        { name: big.name, type: 'audio/wav', bytes: Uint8Array.from(big.buffer) },
      ),
    );
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toBe(
      'Request Entity Too Large: the audio file is 25.5 MB (max 25 MB).',
    );
    expect(upstreamAudio()).toHaveLength(0);
  });

  it('refuses a text file and an empty file with 400 and makes no upstream call', async () => {
    const text = textFile();
    const notAudio = await post(
      transcriptions,
      form(
        { model: 'whisper-large-v3' },
        { name: text.name, type: 'text/plain', bytes: Uint8Array.from(text.buffer) },
      ),
    );
    expect(notAudio.status).toBe(400);
    expect((await errorOf(notAudio)).message).toBe(
      'Unsupported file type (.txt): file must be one of the following types: [flac mp3 mp4 mpeg mpga m4a ogg wav webm]',
    );
    const empty = await post(
      transcriptions,
      form({ model: 'whisper-large-v3' }, { name: 'x.wav', type: 'audio/wav', bytes: new Uint8Array() }),
    );
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).message).toBe(
      'The audio file is empty. Please upload a non-empty audio file.',
    );
    expect(upstreamAudio()).toHaveLength(0);
  });

  it('refuses a missing file, a chat model and a language on an English-only model', async () => {
    const missing = await post(transcriptions, form({ model: 'whisper-large-v3' }));
    expect((await errorOf(missing)).message).toBe("'file' : property 'file' is missing");
    const chat = await post(transcriptions, form({ model: 'llama-3.1-8b-instant' }, wav()));
    expect(chat.status).toBe(400);
    expect((await errorOf(chat)).message).toContain('does not support audio transcriptions');
    const english = await post(
      transcriptions,
      form({ model: 'distil-whisper-large-v3-en', language: 'fr' }, wav()),
    );
    expect((await errorOf(english)).message).toBe(
      'The model `distil-whisper-large-v3-en` is English-only and does not accept a `language`.',
    );
    expect(upstreamAudio()).toHaveLength(0);
  });

  it('passes an unknown model through and keeps upstream 404', async () => {
    const response = await post(transcriptions, form({ model: 'whisper-next' }, wav()));
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'model_not_found' });
    expect(upstreamAudio()).toHaveLength(1);
  });

  it('keeps an upstream 429 with its retry time', async () => {
    const response = await post(
      transcriptions,
      form({ model: 'whisper-large-v3', prompt: '[sim:429:9]' }, wav()),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('9');
    expect(await errorOf(response)).toMatchObject({ type: 'tokens', code: 'rate_limit_exceeded' });
  });

  it('aborts the upstream request when the client goes away', async () => {
    const controller = new AbortController();
    const pending = post(
      transcriptions,
      form({ model: 'whisper-large-v3', prompt: '[sim:slow:5000]' }, wav()),
      {
        signal: controller.signal,
      },
    );
    await expect.poll(() => upstreamAudio().length, { timeout: 2000 }).toBe(1);
    controller.abort();
    const response = await pending.catch(() => undefined);
    if (response) expect(response.status).toBeGreaterThanOrEqual(400);
    await expect.poll(() => upstreamAudio()[0]?.aborted, { timeout: 2000 }).toBe(true);
  });
});

describe('POST /api/stt/translations', () => {
  it('translates with whisper-large-v3', async () => {
    const fields = { model: 'whisper-large-v3', response_format: 'verbose_json' };
    const body = (await (await post(translations, form(fields, wav(6)))).json()) as SttResponse;
    expect(body.task).toBe('translate');
    expect(body.result.text).toMatch(/^This is the English translation of the recording\./);
    expect(upstreamAudio()[0]?.path).toBe('/openai/v1/audio/translations');
  });

  it('refuses translation on whisper-large-v3-turbo with 400 and no upstream call', async () => {
    const response = await post(translations, form({ model: 'whisper-large-v3-turbo' }, wav()));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toBe(
      'The model `whisper-large-v3-turbo` does not support translation. Use `whisper-large-v3` instead.',
    );
    expect(upstreamAudio()).toHaveLength(0);
  });

  it('refuses a language on translations', async () => {
    const response = await post(translations, form({ model: 'whisper-large-v3', language: 'fr' }, wav()));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toBe(
      "'language' : Translations are always into English; do not send a language.",
    );
  });
});
