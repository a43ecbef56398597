import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { sharePayload } from '@/lib/share/share-payload';
import { speechSharePayload } from '@/lib/share/speech-payload';
import { decodeSpeechShare, speechShareState, speechShareUrl } from '@/lib/share/speech-share';
import { DEFAULT_STT_OPTIONS } from '@/lib/stt/options';
import { DEFAULT_TTS_OPTIONS } from '@/lib/tts/defaults';

const tts = {
  ...DEFAULT_TTS_OPTIONS,
  text: 'Hello [cheerful] world + more & more',
  voice: 'hannah',
  speed: 1.5,
};
const stt = { ...DEFAULT_STT_OPTIONS, language: 'fr', prompt: 'GroqCloud, LPU', temperature: 0.2 };

const roundTrip = (url: string) => {
  const payload = speechSharePayload(new URL(url).hash);
  if (payload === null) throw new Error('no payload');
  return decodeSpeechShare(payload);
};

describe('Speech mode share links', () => {
  it('carry both workbenches’ options and which one was open, and read back the same', () => {
    const state = speechShareState(stt, tts, 'tts');
    const url = speechShareUrl('http://localhost:3000/?model=x#old', state);
    expect(new URL(url).search).toBe('');
    expect(roundTrip(url)).toEqual({ ok: true, state });
  });

  it('are not taken for a playground link, nor a playground link for one', () => {
    const url = speechShareUrl('http://localhost:3000/', speechShareState(stt, tts, 'stt'));
    expect(sharePayload(new URL(url).hash)).toBeNull();
    expect(speechSharePayload('#s=abc')).toBeNull();
  });

  it('refuse a damaged payload, saying so', () => {
    const result = decodeSpeechShare('not-lz-at-all');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/damaged or incomplete/) });
  });

  it('refuse a value out of range, naming the field', () => {
    const state = {
      ...speechShareState(stt, tts, 'tts'),
      tts: { ...speechShareState(stt, tts, 'tts').tts, speed: 9 },
    };
    const result = decodeSpeechShare(compressToEncodedURIComponent(JSON.stringify(state)));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('tts.speed') });
  });

  it('refuse fields they do not know (nothing extra rides along)', () => {
    const state = { ...speechShareState(stt, tts, 'stt'), apiKey: 'gsk_x' };
    const result = decodeSpeechShare(compressToEncodedURIComponent(JSON.stringify(state)));
    expect(result.ok).toBe(false);
  });
});
