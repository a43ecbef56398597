/**
 * The Speech to Text options and their defaults, with no model table or request schema attached: the
 * store holds them from the first visit, while the code that checks and sends loads with Transcribe.
 */
import type { ResponseFormat, SttTask } from './formats';

export const DEFAULT_STT_MODEL = 'whisper-large-v3-turbo';

export interface SttOptions {
  model: string;
  task: SttTask;
  /** ISO-639-1 code, or '' to let the model detect it. */
  language: string;
  prompt: string;
  responseFormat: ResponseFormat;
  temperature: number;
}

export const DEFAULT_STT_OPTIONS: Readonly<SttOptions> = {
  model: DEFAULT_STT_MODEL,
  task: 'transcribe',
  language: '',
  prompt: '',
  responseFormat: 'json',
  temperature: 0,
};
