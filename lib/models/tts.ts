/**
 * Groq's text-to-speech models (Canopy Labs' Orpheus on `POST /openai/v1/audio/speech`) and what each
 * accepts: voices with their gender, vocal directions, output formats, sample rates, speed and the
 * per-request input limit. Data from the reference's TTS section (docs/text-to-speech/orpheus, the
 * API reference and groq-sdk's types). Pure module: safe for the browser, the server and the simulator.
 */

export type VoiceGender = 'female' | 'male';

export interface TtsVoice {
  id: string;
  gender: VoiceGender;
}

/** Every format the API reference and groq-sdk list for `response_format`. */
export const TTS_RESPONSE_FORMATS = ['flac', 'mp3', 'mulaw', 'ogg', 'wav'] as const;
export type TtsResponseFormat = (typeof TTS_RESPONSE_FORMATS)[number];

/** groq-sdk's `sample_rate` values. */
export const TTS_SAMPLE_RATES = [8000, 16000, 22050, 24000, 32000, 44100, 48000] as const;
export type TtsSampleRate = (typeof TTS_SAMPLE_RATES)[number];

/** The API reference's `speed` range (default 1). */
export const TTS_SPEED_RANGE = { min: 0.5, max: 5, default: 1 } as const;

/** "input is at most 200 characters" (Orpheus page and API reference). */
export const TTS_MAX_INPUT_CHARS = 200;

export interface TtsModel {
  id: string;
  name: string;
  developer: string;
  /** The language the model speaks (its voices read any text, but sound right only in this one). */
  language: string;
  /** BCP 47 tag for the text field's `lang` (right-to-left for Arabic follows from it). */
  languageTag: string;
  voices: readonly TtsVoice[];
  defaultVoice: string;
  /** Whether bracketed vocal directions such as `[cheerful]` are performed rather than read. */
  vocalDirections: boolean;
  /** Formats confirmed for this model; the first is the default. */
  responseFormats: readonly TtsResponseFormat[];
  /** Sample rates the model is confirmed to accept; empty means "do not send sample_rate". */
  sampleRates: readonly TtsSampleRate[];
  /** Whether `speed` is confirmed for this model. */
  speed: boolean;
  maxInputChars: number;
  contextWindow: number;
  preview: boolean;
}

const voices = (gender: VoiceGender, ...ids: string[]): TtsVoice[] => ids.map((id) => ({ id, gender }));

/**
 * The Orpheus page documents WAV only, with no sample rate or speed; the API reference lists more
 * formats for the endpoint in general. Until Groq confirms them for Orpheus, only WAV is offered.
 */
export const TTS_MODELS: readonly TtsModel[] = [
  {
    id: 'canopylabs/orpheus-v1-english',
    name: 'Orpheus V1 English',
    developer: 'Canopy Labs',
    language: 'English',
    languageTag: 'en',
    voices: [...voices('female', 'autumn', 'diana', 'hannah'), ...voices('male', 'austin', 'daniel', 'troy')],
    defaultVoice: 'troy',
    vocalDirections: true,
    responseFormats: ['wav'],
    sampleRates: [],
    speed: false,
    maxInputChars: TTS_MAX_INPUT_CHARS,
    contextWindow: 4_000,
    preview: true,
  },
  {
    id: 'canopylabs/orpheus-arabic-saudi',
    name: 'Orpheus Arabic (Saudi)',
    developer: 'Canopy Labs',
    language: 'Arabic (Saudi)',
    languageTag: 'ar-SA',
    voices: [
      ...voices('male', 'abdullah', 'fahad', 'sultan'),
      ...voices('female', 'lulwa', 'noura', 'aisha'),
    ],
    defaultVoice: 'fahad',
    vocalDirections: false,
    responseFormats: ['wav'],
    sampleRates: [],
    speed: false,
    maxInputChars: TTS_MAX_INPUT_CHARS,
    contextWindow: 4_000,
    preview: true,
  },
];

export const DEFAULT_TTS_MODEL = 'canopylabs/orpheus-v1-english';

/**
 * Examples of vocal directions for the English model. `[cheerful]` and `[whisper]` are the Orpheus
 * page's own; `[professionally]` appears in third-party Orpheus-on-Groq guides. Orpheus reads short
 * bracketed directions in general; these are examples, not a closed list.
 */
export const VOCAL_DIRECTION_EXAMPLES = ['cheerful', 'whisper', 'professionally'] as const;

const byId = new Map(TTS_MODELS.map((m) => [m.id, m]));

export function findTtsModel(id: string): TtsModel | undefined {
  return byId.get(id);
}

/** A TTS model id the table lacks (a newer Orpheus, another `*-tts`): the live list decides. */
export function looksLikeTtsId(id: string): boolean {
  const lower = id.toLowerCase();
  return lower.includes('orpheus') || /(^|[-/_])tts($|[-/_])/.test(lower);
}

export function findVoice(model: TtsModel, voice: string): TtsVoice | undefined {
  return model.voices.find((v) => v.id === voice);
}

/** Input length as Groq counts it: characters (code points), not UTF-16 units. */
export function ttsInputLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
