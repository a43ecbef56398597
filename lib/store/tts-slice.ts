/**
 * Text to Speech (a task of Speech mode): the options and text (saved, so nothing typed is lost), and
 * the last generation, a Run of kind `tts`: its pieces with their state, and the joined audio. One
 * generation at a time; Stop cancels the pieces still running and keeps those already made. The code
 * that sends and joins loads with the first Generate.
 */
import type { StateCreator } from 'zustand';
import type { PlaygroundErrorBody } from '../errors';
import { findTtsModel, findVoice } from '../models/tts';
import { DEFAULT_TTS_OPTIONS, type TtsOptions } from '../tts/defaults';
import type { TtsRequest } from '../tts/schema';
import type { PlaygroundState } from './playground-types';
import type { Run, TtsRun } from './run';

/** `skipped`: never sent, because an earlier piece failed or Stop was pressed first. */
export type TtsPieceStatus = 'waiting' | 'running' | 'done' | 'error' | 'cancelled' | 'skipped';

export interface TtsPiece {
  request: TtsRequest;
  status: TtsPieceStatus;
  requestId?: string | null;
  bytes?: number;
  elapsedMs?: number;
  error?: PlaygroundErrorBody;
}

export interface TtsAudio {
  url: string;
  blob: Blob;
  fileName: string;
  durationSeconds: number;
  sampleRate: number;
  channels: number;
  /** How many pieces the audio holds (fewer than the run's when one failed or Stop was pressed). */
  pieceCount: number;
}

export interface TtsResult {
  pieces: TtsPiece[];
  audio?: TtsAudio;
  /** The failed piece's error (with its index), or why the pieces could not be joined. */
  error?: PlaygroundErrorBody;
  failedIndex?: number;
  /** The last piece's x-ratelimit-* headers. */
  rateLimit: Record<string, string>;
}

export interface TtsRefusal {
  message: string;
  field: 'text' | 'voice';
}

export interface TtsState extends TtsOptions {
  /** Whether Speech mode shows Text to Speech (else transcription/translation). */
  active: boolean;
  refusal: TtsRefusal | null;
}

export interface TtsSlice {
  tts: TtsState;
  setTtsActive: (active: boolean) => void;
  setTtsModel: (model: string) => void;
  setTtsOption: <K extends keyof TtsOptions>(key: K, value: TtsOptions[K]) => void;
  generateTts: () => Promise<void>;
  stopTts: () => void;
  clearTtsResult: () => void;
}

export const INITIAL_TTS: TtsState = { ...DEFAULT_TTS_OPTIONS, active: false, refusal: null };

export const TTS_RUN_ID = 'tts';

export const selectTtsRun = (s: Pick<PlaygroundState, 'runs'>): TtsRun | undefined => {
  const run = s.runs[TTS_RUN_ID];
  return run?.kind === 'tts' ? run : undefined;
};

const isTts = (run: Run) => run.kind === 'tts';

/** Generate's code (planning, sending, joining) loads with the first Generate, not on a first visit. */
const loadTtsActions = () => import('./tts-actions');

/** Frees the joined audio's object URL of a run that is replaced or cleared. */
export function releaseAudio(run: TtsRun | undefined): void {
  if (run?.result.audio) URL.revokeObjectURL(run.result.audio.url);
}

export const createTtsSlice: StateCreator<PlaygroundState, [], [], TtsSlice> = (set, get) => {
  const patchTts = (patch: Partial<TtsState>) => set((s) => ({ tts: { ...s.tts, ...patch } }));
  let handles = 0;
  return {
    tts: INITIAL_TTS,
    setTtsActive: (active) => patchTts({ active }),
    setTtsModel: (model) => {
      const spec = findTtsModel(model);
      const { voice, responseFormat } = get().tts;
      patchTts({
        model,
        refusal: null,
        // A voice or format the new model lacks gives way to the model's own default.
        voice: spec && !findVoice(spec, voice) ? spec.defaultVoice : voice,
        responseFormat:
          spec && !spec.responseFormats.includes(responseFormat)
            ? (spec.responseFormats[0] ?? 'wav')
            : responseFormat,
      });
    },
    setTtsOption: (key, value) =>
      patchTts({ [key]: value, ...(key === 'text' || key === 'voice' ? { refusal: null } : {}) }),
    generateTts: async () => {
      if (selectTtsRun(get())?.status === 'running') return;
      const { generateTts } = await loadTtsActions();
      handles += 1;
      await generateTts(get, patchTts, `tts-${handles}`);
    },
    stopTts: () => get().abortRuns(isTts),
    clearTtsResult: () => {
      releaseAudio(selectTtsRun(get()));
      get().dropRuns(isTts);
      patchTts({ refusal: null });
    },
  };
};
