/**
 * Text to Speech (a task of Speech mode): the options and text (saved, so nothing typed is lost), and
 * the last generation, a Run of kind `tts`: its pieces with their state, and the joined audio. One
 * generation at a time; Stop cancels the pieces still running and keeps those already made. The code
 * that sends and joins loads with the first Generate.
 */
import type { StateCreator } from 'zustand';
import type { PlaygroundErrorBody } from '../errors';
import { findTtsModel, findVoice } from '../models/tts';
import type { TtsPieceAudio } from '../tts/client';
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

const loadTtsCode = () =>
  Promise.all([
    import('../tts/client'),
    import('../tts/options'),
    import('../tts/run-pieces'),
    import('../tts/wav'),
  ]).then(([client, options, pieces, wav]) => ({ ...client, ...options, ...pieces, ...wav }));
type TtsCode = Awaited<ReturnType<typeof loadTtsCode>>;

function joinedAudio(code: TtsCode, parts: TtsPieceAudio[], gapMs: number, text: string): TtsAudio {
  const joined = code.joinWav(
    parts.map((p) => p.bytes),
    gapMs,
  );
  const blob = new Blob([joined.bytes], { type: 'audio/wav' });
  return {
    url: URL.createObjectURL(blob),
    blob,
    fileName: code.ttsFileName(text),
    durationSeconds: joined.durationSeconds,
    sampleRate: joined.format.sampleRate,
    channels: joined.format.channels,
    pieceCount: parts.length,
  };
}

function releaseAudio(run: TtsRun | undefined): void {
  if (run?.result.audio) URL.revokeObjectURL(run.result.audio.url);
}

export const createTtsSlice: StateCreator<PlaygroundState, [], [], TtsSlice> = (set, get) => {
  const patchTts = (patch: Partial<TtsState>) => set((s) => ({ tts: { ...s.tts, ...patch } }));
  /** Changes the run under `abortId` (a cleared or newer run is left alone). */
  const patchOwn = (abortId: string, fn: (run: TtsRun) => TtsRun) =>
    get().patchRun(TTS_RUN_ID, (run) => (run.kind === 'tts' && run.abortId === abortId ? fn(run) : run));
  const updatePiece = (
    abortId: string,
    index: number,
    patch: Partial<TtsPiece>,
    rateLimit?: Record<string, string>,
  ) =>
    patchOwn(abortId, (run) => ({
      ...run,
      result: {
        ...run.result,
        pieces: run.result.pieces.map((p, i) => (i === index ? { ...p, ...patch } : p)),
        rateLimit: rateLimit ?? run.result.rateLimit,
      },
    }));
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
      const code = await loadTtsCode();
      const options = get().tts;
      if (selectTtsRun(get())?.status === 'running') return;
      const plan = code.planTtsRequests(options);
      if (!plan.ok) {
        patchTts({ refusal: { message: plan.message, field: plan.field } });
        return;
      }
      releaseAudio(selectTtsRun(get()));
      handles += 1;
      const abortId = `tts-${handles}`;
      const startedAt = Date.now();
      patchTts({ refusal: null });
      const signal = get().beginRuns(
        [
          {
            id: TTS_RUN_ID,
            kind: 'tts',
            scope: 'tts',
            status: 'running',
            input: { text: options.text },
            result: {
              rateLimit: {},
              pieces: plan.requests.map((request) => ({ request, status: 'waiting' })),
            },
            stats: {},
            abortId,
            startedAt,
          },
        ],
        { replaces: isTts },
      );
      const outcome = await code.runPieces(
        plan.requests.length,
        (i, pieceSignal) => code.sendTtsPiece(plan.requests[i] as TtsRequest, pieceSignal),
        {
          concurrency: code.TTS_CONCURRENCY,
          signal,
          onEvent: (event) => {
            if (event.type === 'start') updatePiece(abortId, event.index, { status: 'running' });
            else if (event.type === 'done') {
              const { requestId, bytes, elapsedMs, rateLimit } = event.value;
              updatePiece(
                abortId,
                event.index,
                { status: 'done', requestId, bytes: bytes.length, elapsedMs },
                rateLimit,
              );
            } else if (event.type === 'error')
              updatePiece(abortId, event.index, { status: 'error', error: event.error });
            else updatePiece(abortId, event.index, { status: 'cancelled' });
          },
        },
      );
      get().releaseHandle(abortId);
      patchOwn(abortId, (run) => {
        const pieces = run.result.pieces.map((p) =>
          p.status === 'waiting' ? { ...p, status: 'skipped' as const } : p,
        );
        const finished: TtsRun = {
          ...run,
          status: 'done',
          result: { ...run.result, pieces },
          stats: { elapsedMs: Date.now() - startedAt },
          finishedAt: Date.now(),
        };
        if (outcome.failure) {
          finished.status = 'error';
          finished.result.failedIndex = outcome.failure.index;
          finished.result.error = outcome.failure.error;
        } else if (outcome.aborted) finished.status = 'stopped';
        if (outcome.values.length > 0) {
          try {
            finished.result.audio = joinedAudio(code, outcome.values, options.gapMs, options.text);
          } catch (error) {
            finished.status = 'error';
            finished.result.error = {
              status: 0,
              type: 'audio_join_error',
              code: null,
              message:
                error instanceof code.WavError
                  ? error.message
                  : `The audio could not be joined: ${String(error)}`,
            };
          }
        }
        return finished;
      });
    },
    stopTts: () => get().abortRuns(isTts),
    clearTtsResult: () => {
      releaseAudio(selectTtsRun(get()));
      get().dropRuns(isTts);
      patchTts({ refusal: null });
    },
  };
};
