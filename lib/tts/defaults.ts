/**
 * The Text to Speech options and their defaults, with no request schema attached: the store holds
 * them from the first visit, while the code that builds and sends requests loads with Speech mode.
 */
import { inferModel } from '../models/catalog';
import {
  DEFAULT_TTS_MODEL,
  findTtsModel,
  TTS_SPEED_RANGE,
  type TtsResponseFormat,
  type TtsSampleRate,
} from '../models/tts';

export interface TtsOptions {
  model: string;
  voice: string;
  text: string;
  responseFormat: TtsResponseFormat;
  /** Only sent where the model takes one; null = the model's default. */
  sampleRate: TtsSampleRate | null;
  /** Only sent where the model takes one. */
  speed: number;
  /** Silence put between the joined pieces of a long text. */
  gapMs: number;
}

export const DEFAULT_TTS_OPTIONS: Readonly<TtsOptions> = {
  model: DEFAULT_TTS_MODEL,
  voice: findTtsModel(DEFAULT_TTS_MODEL)?.defaultVoice ?? 'troy',
  text: '',
  responseFormat: 'wav',
  sampleRate: null,
  speed: TTS_SPEED_RANGE.default,
  gapMs: 0,
};

/** Whether an id names a text-to-speech model: the catalog's kind, or an unknown id that looks like one. */
export function isTtsModelId(id: string): boolean {
  return inferModel(id, undefined).kind === 'tts';
}
