/** The Speech panel's options and how they become a request: pure, shared by store, UI and View code. */
import type { SttOptions } from './defaults';
import { sttInfoFor } from './models';
import type { SttRequest, SttRequestInput } from './schema';

export { DEFAULT_STT_OPTIONS, type SttOptions } from './defaults';

/** The options a model can actually take: Translate only where supported, Language only where it applies. */
export function effectiveOptions(options: SttOptions): SttOptions {
  const info = sttInfoFor(options.model);
  const task = options.task === 'translate' && info?.translation ? 'translate' : 'transcribe';
  const language = task === 'transcribe' && info?.multilingual !== false ? options.language : '';
  return { ...options, task, language };
}

/** Everything but the file, normalized as it will be sent. */
export function requestFields(options: SttOptions): Omit<SttRequest, 'file'> {
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

/** The input for the shared schema (`parseSttRequest`). */
export function sttRequestInput(options: SttOptions, file: File): SttRequestInput {
  return { ...requestFields(options), file };
}
