/**
 * The Dataset, Speech to Text and Text to Speech parts of what survives a reload. Each was once its
 * own store saved under its own key; store version 5 keeps them in the one playground key, and reads
 * the old keys once (when the saved playground state is older) so nothing a user saved is lost.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { DatasetState } from './dataset-slice';
import type { PlaygroundState } from './playground-types';
import type { SttState } from './stt-slice';
import type { TtsState } from './tts-slice';

export const LEGACY_FEATURE_KEYS = {
  dataset: 'groq-playground:dataset',
  stt: 'groq-playground:speech',
  tts: 'groq-playground:tts',
} as const;

type Feature = keyof typeof LEGACY_FEATURE_KEYS;

export type PersistedDataset = Pick<
  DatasetState,
  'values' | 'datasetText' | 'concurrency' | 'completionWindow' | 'lastBatchId'
>;

/** The options only: the audio and the results are not kept. */
export type PersistedStt = Omit<SttState, 'audio' | 'refusal'>;
export type PersistedTts = Omit<TtsState, 'refusal'>;

export interface PersistedFeatures {
  dataset: PersistedDataset;
  stt: PersistedStt;
  tts: PersistedTts;
}

export function partializeFeatures(s: PlaygroundState): PersistedFeatures {
  const { values, datasetText, concurrency, completionWindow, lastBatchId } = s.dataset;
  const { audio: _audio, refusal: _sttRefusal, ...stt } = s.stt;
  const { refusal: _ttsRefusal, ...tts } = s.tts;
  return { dataset: { values, datasetText, concurrency, completionWindow, lastBatchId }, stt, tts };
}

/**
 * What the old per-feature keys hold (their saved options, as they were written), taken once: the
 * keys are removed, so a key found later (a tab of the old version still open) is taken in again.
 */
export function takeLegacyFeatures(
  storage: PersistStorage<Record<string, unknown>>,
): Partial<PersistedFeatures> {
  const found: Record<string, unknown> = {};
  for (const [feature, key] of Object.entries(LEGACY_FEATURE_KEYS) as [Feature, string][]) {
    const saved = storage.getItem(key) as StorageValue<unknown> | null;
    if (saved?.state && typeof saved.state === 'object') found[feature] = saved.state;
    if (saved) storage.removeItem(key);
  }
  return found as Partial<PersistedFeatures>;
}

/** Saved feature state laid over the store's defaults, field by field (older saves lack new fields). */
export function mergeFeatures(saved: Partial<PersistedFeatures> | undefined, current: PlaygroundState) {
  return {
    dataset: { ...current.dataset, ...saved?.dataset },
    stt: { ...current.stt, ...saved?.stt },
    tts: { ...current.tts, ...saved?.tts },
  };
}
