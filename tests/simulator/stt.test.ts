import { describe, expect, it } from 'vitest';
import { audioRequest, makeSimulator, makeWav } from './helpers';

interface Verbose {
  task: string;
  language: string;
  duration: number;
  text: string;
  segments: { id: number; start: number; end: number; text: string; tokens: number[] }[];
  x_groq: { id: string };
}

const wav = (seconds: number, name = 'clip.wav') => ({ bytes: makeWav(seconds), name });

describe('audio transcriptions', () => {
  it('returns {text, x_groq} as json by default, deterministic per audio', async () => {
    const sim = makeSimulator();
    const request = () => audioRequest('transcriptions', { model: 'whisper-large-v3' }, wav(3));
    const response = await sim.handle(request());
    expect(response.status).toBe(200);
    const body = (await response.json()) as { text: string; x_groq: { id: string } };
    expect(body.text).toMatch(/^\S.*[.?!]$/);
    expect(body.x_groq.id).toBe(response.headers.get('x-request-id'));
    const again = (await (await sim.handle(request())).json()) as { text: string };
    expect(again.text).toBe(body.text);
  });

  it('returns segments split evenly over the WAV duration with verbose_json', async () => {
    const response = await makeSimulator().handle(
      audioRequest(
        'transcriptions',
        { model: 'whisper-large-v3-turbo', response_format: 'verbose_json' },
        wav(9),
      ),
    );
    const body = (await response.json()) as Verbose;
    expect(body).toMatchObject({ task: 'transcribe', language: 'English', duration: 9 });
    expect(body.segments.map((s) => [s.id, s.start, s.end])).toEqual([
      [0, 0, 3],
      [1, 3, 6],
      [2, 6, 9],
    ]);
    expect(body.segments.every((s) => s.text.startsWith(' ') && s.tokens.length === 0)).toBe(true);
    expect(body.text).toBe(body.segments.map((s) => s.text.trim()).join(' '));
  });

  it('returns plain text with response_format text', async () => {
    const response = await makeSimulator().handle(
      audioRequest(
        'transcriptions',
        { model: 'distil-whisper-large-v3-en', response_format: 'text' },
        wav(2),
      ),
    );
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toMatch(/^\S.+/);
  });

  it('transcribes in the requested language on multilingual models only', async () => {
    const sim = makeSimulator();
    const spanish = await sim.handle(
      audioRequest(
        'transcriptions',
        { model: 'whisper-large-v3', language: 'es', response_format: 'verbose_json' },
        wav(3),
      ),
    );
    expect(((await spanish.json()) as Verbose).language).toBe('Spanish');
    const englishOnly = await sim.handle(
      audioRequest('transcriptions', { model: 'distil-whisper-large-v3-en', language: 'en' }, wav(3)),
    );
    expect(englishOnly.status).toBe(400);
  });

  it('rejects bad requests with the documented limits', async () => {
    const sim = makeSimulator();
    const status = async (request: Request) => {
      const response = await sim.handle(request);
      const body = (await response.json()) as { error: { message: string; code?: string } };
      return { status: response.status, ...body.error };
    };
    expect(await status(audioRequest('transcriptions', { model: 'whisper-large-v3' }))).toMatchObject({
      status: 400,
    });
    expect(await status(audioRequest('transcriptions', { model: 'whisper-9' }, wav(1)))).toMatchObject({
      status: 404,
      code: 'model_not_found',
    });
    expect(await status(audioRequest('transcriptions', { model: 'llama3-8b-8192' }, wav(1)))).toMatchObject({
      status: 400,
    });
    const huge = { bytes: new Uint8Array(26 * 1024 * 1024), name: 'huge.wav' };
    expect(await status(audioRequest('transcriptions', { model: 'whisper-large-v3' }, huge))).toMatchObject({
      status: 413,
      code: 'request_too_large',
      message: expect.stringMatching(/Request Entity Too Large.*25MB/),
    });
    const txt = {
      bytes: new TextEncoder().encode('hello') as Uint8Array<ArrayBuffer>,
      name: 'notes.txt',
      type: 'text/plain',
    };
    expect(await status(audioRequest('transcriptions', { model: 'whisper-large-v3' }, txt))).toMatchObject({
      status: 400,
      message: 'file must be one of the following types: [flac mp3 mp4 mpeg mpga m4a ogg wav webm]',
    });
    const empty = { bytes: new Uint8Array(0), name: 'empty.wav' };
    expect(await status(audioRequest('transcriptions', { model: 'whisper-large-v3' }, empty))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/empty/),
    });
    expect(await status(audioRequest('transcriptions', { model: 'whisper-large-v3' }, wav(0)))).toMatchObject(
      {
        status: 400,
        message: expect.stringMatching(/too short/),
      },
    );
    expect(
      await status(
        audioRequest('transcriptions', { model: 'whisper-large-v3', response_format: 'vtt' }, wav(1)),
      ),
    ).toMatchObject({
      status: 400,
      message: "'response_format' : value must be one of [json, text, verbose_json]",
    });
    expect(
      await status(audioRequest('transcriptions', { model: 'whisper-large-v3', temperature: '1.5' }, wav(1))),
    ).toMatchObject({ status: 400 });
  });
});

describe('audio translations', () => {
  it('translates to English on whisper-large-v3', async () => {
    const response = await makeSimulator().handle(
      audioRequest('translations', { model: 'whisper-large-v3', response_format: 'verbose_json' }, wav(6)),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Verbose;
    expect(body.task).toBe('translate');
    expect(body.text).toMatch(/^This is the English translation of the recording\./);
  });

  it('refuses models without translation support and the language field', async () => {
    const sim = makeSimulator();
    const turbo = await sim.handle(audioRequest('translations', { model: 'whisper-large-v3-turbo' }, wav(2)));
    expect(turbo.status).toBe(400);
    expect(((await turbo.json()) as { error: { message: string } }).error.message).toMatch(
      /does not support translation/,
    );
    const language = await sim.handle(
      audioRequest('translations', { model: 'whisper-large-v3', language: 'fr' }, wav(2)),
    );
    expect(language.status).toBe(400);
  });
});
