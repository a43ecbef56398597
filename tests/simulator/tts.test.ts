import { describe, expect, it } from 'vitest';
import { parseWav } from '../../lib/tts/wav';
import { AUTH, BASE, makeSimulator } from './helpers';

const ENGLISH = 'canopylabs/orpheus-v1-english';

function speechRequest(body: unknown): Request {
  return new Request(`${BASE}/openai/v1/audio/speech`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { message: string; type: string; code?: string } }).error;
}

describe('POST /openai/v1/audio/speech', () => {
  it('answers a 24 kHz mono 16-bit WAV with Groq headers, logged with the JSON body', async () => {
    const sim = makeSimulator({ era: 'today' });
    const body = {
      model: ENGLISH,
      voice: 'troy',
      input: 'Hello from the simulator.',
      response_format: 'wav',
    };
    const response = await sim.handle(speechRequest(body));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(response.headers.get('x-ratelimit-remaining-requests')).toBeTruthy();
    const wav = parseWav(new Uint8Array(await response.arrayBuffer()));
    expect(wav.format).toMatchObject({ audioFormat: 1, channels: 1, sampleRate: 24_000, bitsPerSample: 16 });
    expect(wav.durationSeconds).toBeGreaterThan(1);
    expect(wav.data.some((b) => b !== 0)).toBe(true);
    expect(sim.requests[0]).toMatchObject({
      path: '/openai/v1/audio/speech',
      body,
      status: 200,
      model: ENGLISH,
    });
  });

  it('makes longer audio for longer text, the same bytes for the same request, and pitches by voice', async () => {
    const sim = makeSimulator({ era: 'today' });
    const duration = async (input: string, voice = 'troy') =>
      parseWav(
        new Uint8Array(
          await (await sim.handle(speechRequest({ model: ENGLISH, voice, input }))).arrayBuffer(),
        ),
      ).durationSeconds;
    const short = await duration('Hi.');
    const long = await duration(
      'Hi. This is a much longer sentence, with a pause and many more words in it.',
    );
    expect(long).toBeGreaterThan(short * 3);
    expect(await duration('Same text.')).toBe(await duration('Same text.'));
    const bytes = async (voice: string) =>
      new Uint8Array(
        await (await sim.handle(speechRequest({ model: ENGLISH, voice, input: 'Same text.' }))).arrayBuffer(),
      );
    expect(await bytes('troy')).not.toEqual(await bytes('autumn'));
  });

  it('does not speak vocal directions', async () => {
    const sim = makeSimulator({ era: 'today' });
    const seconds = async (input: string) =>
      parseWav(
        new Uint8Array(
          await (await sim.handle(speechRequest({ model: ENGLISH, voice: 'diana', input }))).arrayBuffer(),
        ),
      ).durationSeconds;
    expect(await seconds('[cheerful] Good morning.')).toBe(await seconds('Good morning.'));
  });

  it('refuses an unknown voice, naming the model and its voices', async () => {
    const response = await makeSimulator({ era: 'today' }).handle(
      speechRequest({ model: 'canopylabs/orpheus-arabic-saudi', voice: 'troy', input: 'مرحبا' }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.type).toBe('invalid_request_error');
    expect(error.message).toBe(
      "'voice' : `troy` is not a valid voice for `canopylabs/orpheus-arabic-saudi`; available voices: abdullah, fahad, sultan, lulwa, noura, aisha",
    );
  });

  it('refuses input over 200 characters, counting characters not UTF-16 units', async () => {
    const sim = makeSimulator({ era: 'today' });
    const over = await sim.handle(speechRequest({ model: ENGLISH, voice: 'troy', input: 'a'.repeat(201) }));
    expect(over.status).toBe(400);
    expect((await errorOf(over)).message).toMatch(/input is 201 characters long; .* at most 200 characters/);
    const emoji = await sim.handle(speechRequest({ model: ENGLISH, voice: 'troy', input: '😀'.repeat(200) }));
    expect(emoji.status).toBe(200);
  });

  it('refuses missing and empty fields, bad JSON, other formats and out-of-range options', async () => {
    const sim = makeSimulator({ era: 'today' });
    const cases: [unknown, RegExp][] = [
      [{ voice: 'troy', input: 'Hi' }, /'model' : property 'model' is missing/],
      [{ model: ENGLISH, voice: 'troy' }, /'input' : property 'input' is missing/],
      [{ model: ENGLISH, voice: 'troy', input: '   ' }, /'input' : value must not be empty/],
      [{ model: ENGLISH, input: 'Hi' }, /'voice' : property 'voice' is missing/],
      [{ model: ENGLISH, voice: 'troy', input: 'Hi', response_format: 'mp3' }, /`mp3` is not supported/],
      [{ model: ENGLISH, voice: 'troy', input: 'Hi', response_format: 'aiff' }, /value must be one of/],
      [{ model: ENGLISH, voice: 'troy', input: 'Hi', sample_rate: 12345 }, /'sample_rate'/],
      [{ model: ENGLISH, voice: 'troy', input: 'Hi', speed: 9 }, /'speed' : number must be at most 5/],
      [{ model: 'openai/gpt-oss-20b', voice: 'troy', input: 'Hi' }, /does not support text to speech/],
      ['{not json', /could not parse the JSON body/],
    ];
    for (const [body, message] of cases) {
      const response = await sim.handle(speechRequest(body));
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(response)).message).toMatch(message);
    }
  });

  it('answers 404 model_not_found for an unknown model', async () => {
    const response = await makeSimulator({ era: 'today' }).handle(
      speechRequest({ model: 'playai-tts', voice: 'Fritz-PlayAI', input: 'Hi' }),
    );
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'model_not_found' });
  });

  it('honours fault triggers in the input', async () => {
    const sim = makeSimulator({ era: 'today' });
    const response = await sim.handle(
      speechRequest({ model: ENGLISH, voice: 'troy', input: 'Hi [sim:503]' }),
    );
    expect(response.status).toBe(503);
    const limited = await sim.handle(
      speechRequest({ model: ENGLISH, voice: 'troy', input: 'Hi [sim:429:3]' }),
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
  });

  it('[sim:terms] answers 400 model_terms_required with the console link, as Groq does for Orpheus', async () => {
    const sim = makeSimulator({ era: 'today' });
    const response = await sim.handle(
      speechRequest({ model: ENGLISH, voice: 'troy', input: 'Hello [sim:terms]', response_format: 'wav' }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('model_terms_required');
    expect(error.message).toContain(
      'https://console.groq.com/playground?model=canopylabs%2Forpheus-v1-english',
    );
  });
});
