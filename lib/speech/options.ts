/** The Speech panel's options and how they become a request: pure, shared by store, UI and View code. */
import type { ResponseFormat, SpeechTask } from './formats';
import { DEFAULT_SPEECH_MODEL, speechInfoFor } from './models';
import type { SpeechRequest, SpeechRequestInput } from './schema';

export interface SpeechOptions {
  model: string;
  task: SpeechTask;
  /** ISO-639-1 code, or '' to let the model detect it. */
  language: string;
  prompt: string;
  responseFormat: ResponseFormat;
  temperature: number;
}

export const DEFAULT_SPEECH_OPTIONS: Readonly<SpeechOptions> = {
  model: DEFAULT_SPEECH_MODEL,
  task: 'transcribe',
  language: '',
  prompt: '',
  responseFormat: 'json',
  temperature: 0,
};

/** The options a model can actually take: Translate only where supported, Language only where it applies. */
export function effectiveOptions(options: SpeechOptions): SpeechOptions {
  const info = speechInfoFor(options.model);
  const task = options.task === 'translate' && info?.translation ? 'translate' : 'transcribe';
  const language = task === 'transcribe' && info?.multilingual !== false ? options.language : '';
  return { ...options, task, language };
}

/** Everything but the file, normalized as it will be sent. */
export function requestFields(options: SpeechOptions): Omit<SpeechRequest, 'file'> {
  const o = effectiveOptions(options);
  return {
    task: o.task,
    model: o.model,
    language: o.language === '' ? undefined : o.language,
    prompt: o.prompt.trim() === '' ? undefined : o.prompt,
    response_format: o.responseFormat,
    temperature: o.temperature,
  };
}

/** The input for the shared schema (`parseSpeechRequest`). */
export function speechRequestInput(options: SpeechOptions, file: File): SpeechRequestInput {
  return { ...requestFields(options), file };
}
