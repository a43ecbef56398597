/** The speech models and what each can do, read from the model catalog. */
import { type CatalogModel, CURRENT_MODELS, inferModel, type SpeechInfo } from '../models/catalog';

export { DEFAULT_STT_MODEL } from './defaults';

/** Today's Whisper models, shown until the live list (which decides) has loaded. */
export const STT_MODELS: readonly CatalogModel[] = CURRENT_MODELS.filter((m) => m.kind === 'speech');

/** Whether an id names a speech model: a catalog speech model, or an unknown id that says "whisper". */
export function isSttModelId(id: string): boolean {
  return inferModel(id, undefined).kind === 'speech';
}

/**
 * What the UI and the schema assume about a model: the catalog's entry, or for an id only the live
 * list knows, "multilingual unless it ends in -en, no translation" (upstream has the last word).
 */
export function sttInfoFor(id: string): SpeechInfo | undefined {
  return inferModel(id, undefined).speech;
}

/** Why Translate is unavailable for a model, or null when it is available. */
export function translationUnavailableReason(id: string): string | null {
  const info = sttInfoFor(id);
  if (info?.translation) return null;
  return `${id} does not support translation; use whisper-large-v3 to translate to English.`;
}

/** Why Language is unavailable, or null when the model takes one. */
export function languageUnavailableReason(id: string, task: 'transcribe' | 'translate'): string | null {
  if (task === 'translate') return 'Translations are always into English; the source language is detected.';
  const info = sttInfoFor(id);
  if (info && !info.multilingual) return `${id} is English-only.`;
  return null;
}
