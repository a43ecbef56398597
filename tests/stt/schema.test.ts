import { describe, expect, it } from 'vitest';
import { checkAudioFile } from '@/lib/stt/audio-file';
import { estimatePromptTokens, MAX_AUDIO_BYTES } from '@/lib/stt/formats';
import { DEFAULT_STT_OPTIONS, effectiveOptions, requestFields, sttRequestInput } from '@/lib/stt/options';
import { displayText, formatTimestamp, segmentsOf } from '@/lib/stt/response';
import { parseSttForm, parseSttRequest, sttFields, toSttFormData } from '@/lib/stt/schema';

const wav = (size = 1000, name = 'clip.wav', type = 'audio/wav') =>
  new File([new Uint8Array(size)], name, { type });

function refusal(input: Record<string, unknown>) {
  const result = parseSttRequest({ task: 'transcribe', model: 'whisper-large-v3', file: wav(), ...input });
  if (result.ok) throw new Error('expected a refusal');
  return result.error.body;
}

describe('checkAudioFile (browser and server)', () => {
  it('accepts every documented type by extension, and a recording by MIME type', () => {
    for (const ext of ['flac', 'mp3', 'mp4', 'mpeg', 'mpga', 'm4a', 'ogg', 'wav', 'webm']) {
      expect(checkAudioFile({ name: `a.${ext.toUpperCase()}`, size: 10, type: '' })).toBeNull();
    }
    expect(checkAudioFile({ name: 'blob', size: 10, type: 'audio/webm;codecs=opus' })).toBeNull();
  });

  it('refuses over 25 MB with 413, empty and non-audio with 400, each with its reason', () => {
    expect(checkAudioFile({ name: 'a.wav', size: MAX_AUDIO_BYTES, type: 'audio/wav' })).toBeNull();
    expect(checkAudioFile({ name: 'a.wav', size: 26 * 1024 * 1024, type: 'audio/wav' })).toEqual({
      status: 413,
      code: 'request_too_large',
      message: 'Request Entity Too Large: the audio file is 26.0 MB (max 25 MB).',
    });
    expect(checkAudioFile({ name: 'a.wav', size: 0, type: 'audio/wav' })).toMatchObject({
      status: 400,
      message: 'The audio file is empty. Please upload a non-empty audio file.',
    });
    expect(checkAudioFile({ name: 'notes.txt', size: 5, type: 'text/plain' })?.message).toBe(
      'Unsupported file type (.txt): file must be one of the following types: [flac mp3 mp4 mpeg mpga m4a ogg wav webm]',
    );
    expect(checkAudioFile({ name: 'blob', size: 5, type: 'image/png' })?.message).toMatch(
      /^Unsupported file type \(image\/png\)/,
    );
  });
});

describe('sttRequestSchema', () => {
  it('fills the defaults and coerces form strings', () => {
    const result = parseSttRequest({
      task: 'transcribe',
      model: 'whisper-large-v3',
      file: wav(),
      language: ' FR ',
      temperature: '0.5',
      prompt: '',
    });
    expect(result.ok && result.data).toMatchObject({
      response_format: 'json',
      language: 'fr',
      temperature: 0.5,
      prompt: undefined,
    });
  });

  it('refuses each problem with its message', () => {
    expect(refusal({ file: undefined }).message).toBe("'file' : property 'file' is missing");
    expect(refusal({ file: 'clip.wav' }).message).toBe("'file' : value must be a file");
    expect(refusal({ model: '' }).message).toBe("'model' : value must not be empty");
    expect(refusal({ model: 'llama-3.1-8b-instant' }).message).toBe(
      'The model `llama-3.1-8b-instant` does not support audio transcriptions; use a speech-to-text model such as `whisper-large-v3`.',
    );
    expect(refusal({ task: 'translate', model: 'whisper-large-v3-turbo' }).message).toBe(
      'The model `whisper-large-v3-turbo` does not support translation. Use `whisper-large-v3` instead.',
    );
    expect(refusal({ file: wav(26 * 1024 * 1024) })).toMatchObject({
      status: 413,
      code: 'request_too_large',
    });
    expect(refusal({ file: wav(0) }).status).toBe(400);
    expect(refusal({ file: wav(5, 'notes.txt', 'text/plain') }).message).toMatch(/^Unsupported file type/);
    expect(refusal({ response_format: 'srt' }).message).toBe(
      "'response_format' : value must be one of 'json', 'verbose_json', 'text'",
    );
    expect(refusal({ temperature: '1.5' }).message).toBe("'temperature' : number must be at most 1");
    expect(refusal({ temperature: 'warm' }).message).toBe("'temperature' : value must be a number");
    expect(refusal({ language: 'xx' }).message).toBe(
      "'language' : value must be a valid ISO-639-1 language code",
    );
    expect(refusal({ model: 'distil-whisper-large-v3-en', language: 'en' }).message).toBe(
      'The model `distil-whisper-large-v3-en` is English-only and does not accept a `language`.',
    );
    expect(refusal({ task: 'translate', language: 'de' }).message).toBe(
      "'language' : Translations are always into English; do not send a language.",
    );
  });

  it('passes models the catalog does not know through to Groq', () => {
    const result = parseSttRequest({
      task: 'translate',
      model: 'whisper-large-v4',
      file: wav(),
      language: '',
    });
    expect(result.ok).toBe(true);
  });
});

describe('multipart round trip', () => {
  it('the form the browser sends parses back to the same request on the server', () => {
    const parsed = parseSttRequest({
      task: 'transcribe',
      model: 'whisper-large-v3',
      file: wav(),
      language: 'es',
      prompt: 'Hola',
      response_format: 'verbose_json',
      temperature: 0.3,
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const form = toSttFormData(parsed.data);
    expect([...form.keys()]).toEqual([
      'file',
      'model',
      'language',
      'prompt',
      'response_format',
      'temperature',
    ]);
    const again = parseSttForm(form, 'transcribe');
    expect(again.ok && sttFields(again.data)).toEqual(sttFields(parsed.data));
  });
});

describe('options → request', () => {
  it('drops Translate and Language where the model cannot take them', () => {
    const base = { ...DEFAULT_STT_OPTIONS, task: 'translate' as const, language: 'fr' };
    expect(effectiveOptions({ ...base, model: 'whisper-large-v3-turbo' })).toMatchObject({
      task: 'transcribe',
      language: 'fr',
    });
    expect(effectiveOptions({ ...base, model: 'whisper-large-v3' })).toMatchObject({
      task: 'translate',
      language: '',
    });
    expect(
      requestFields({ ...base, task: 'transcribe', model: 'distil-whisper-large-v3-en' }).language,
    ).toBeUndefined();
    const input = sttRequestInput({ ...DEFAULT_STT_OPTIONS, prompt: '  ' }, wav());
    expect(parseSttRequest(input).ok).toBe(true);
    expect(input.prompt).toBeUndefined();
  });
});

describe('helpers', () => {
  it('estimates prompt tokens from characters and words', () => {
    expect(estimatePromptTokens('')).toBe(0);
    expect(estimatePromptTokens('GroqCloud LPU')).toBe(4);
    expect(estimatePromptTokens('word '.repeat(200))).toBe(260);
  });

  it('trims the leading space Whisper puts before the text, and formats timestamps', () => {
    expect(displayText({ text: '  Hello there.' })).toBe('Hello there.');
    expect(formatTimestamp(63.25)).toBe('1:03.3');
    expect(
      segmentsOf({ text: '', segments: [{ id: 0, start: 0, end: 1, text: ' a' }, { bad: true } as never] }),
    ).toHaveLength(1);
  });
});
