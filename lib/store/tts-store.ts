/**
 * Text to Speech (a task of Speech mode): the options and text (saved, so nothing typed is lost), and
 * the last generation: its pieces with their state, and the joined audio. One generation at a time;
 * Stop cancels the pieces still running and keeps those already made.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PlaygroundErrorBody } from '../errors';
import { findTtsModel, findVoice } from '../models/tts';
import { isSpeechModelId } from '../speech/models';
import { sendTtsPiece, type TtsPieceAudio } from '../tts/client';
import {
  DEFAULT_TTS_OPTIONS,
  isTtsModelId,
  planTtsRequests,
  TTS_CONCURRENCY,
  type TtsOptions,
  ttsFileName,
} from '../tts/options';
import { runPieces } from '../tts/run-pieces';
import type { TtsRequest } from '../tts/schema';
import { joinWav, WavError } from '../tts/wav';
import { safeJSONStorage } from './safe-storage';

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

export interface TtsRun {
  status: 'running' | 'done' | 'error' | 'stopped';
  pieces: TtsPiece[];
  /** The text as it was when Generate was pressed. */
  text: string;
  startedAt: number;
  elapsedMs?: number;
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
  run: TtsRun | null;
  setActive: (active: boolean) => void;
  setModel: (model: string) => void;
  setOption: <K extends keyof TtsOptions>(key: K, value: TtsOptions[K]) => void;
  generate: () => Promise<void>;
  stop: () => void;
  clearResult: () => void;
}

let controller: AbortController | null = null;

function joinedAudio(parts: TtsPieceAudio[], gapMs: number, text: string, pieceCount: number): TtsAudio {
  const joined = joinWav(
    parts.map((p) => p.bytes),
    gapMs,
  );
  const blob = new Blob([joined.bytes], { type: 'audio/wav' });
  return {
    url: URL.createObjectURL(blob),
    blob,
    fileName: ttsFileName(text),
    durationSeconds: joined.durationSeconds,
    sampleRate: joined.format.sampleRate,
    channels: joined.format.channels,
    pieceCount,
  };
}

function releaseAudio(run: TtsRun | null): void {
  if (run?.audio) URL.revokeObjectURL(run.audio.url);
}

export const useTtsStore = create<TtsState>()(
  persist(
    (set, get) => {
      const updatePiece = (index: number, patch: Partial<TtsPiece>) => {
        const run = get().run;
        if (!run) return;
        const pieces = run.pieces.map((p, i) => (i === index ? { ...p, ...patch } : p));
        set({ run: { ...run, pieces } });
      };
      return {
        ...DEFAULT_TTS_OPTIONS,
        active: false,
        refusal: null,
        run: null,
        setActive: (active) => set({ active }),
        setModel: (model) => {
          const spec = findTtsModel(model);
          const { voice, responseFormat } = get();
          set({
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
        setOption: (key, value) =>
          set({
            [key]: value,
            ...(key === 'text' || key === 'voice' ? { refusal: null } : {}),
          } as Partial<TtsState>),
        generate: async () => {
          const state = get();
          if (state.run?.status === 'running') return;
          const plan = planTtsRequests(state);
          if (!plan.ok) {
            set({ refusal: { message: plan.message, field: plan.field } });
            return;
          }
          releaseAudio(state.run);
          const own = new AbortController();
          controller = own;
          const startedAt = Date.now();
          set({
            refusal: null,
            run: {
              status: 'running',
              text: state.text,
              startedAt,
              rateLimit: {},
              pieces: plan.requests.map((request) => ({ request, status: 'waiting' })),
            },
          });
          const result = await runPieces(
            plan.requests.length,
            (i, signal) => sendTtsPiece(plan.requests[i] as TtsRequest, signal),
            {
              concurrency: TTS_CONCURRENCY,
              signal: own.signal,
              onEvent: (event) => {
                if (controller !== own) return;
                if (event.type === 'start') updatePiece(event.index, { status: 'running' });
                else if (event.type === 'done') {
                  const { requestId, bytes, elapsedMs, rateLimit } = event.value;
                  updatePiece(event.index, { status: 'done', requestId, bytes: bytes.length, elapsedMs });
                  const run = get().run;
                  if (run) set({ run: { ...run, rateLimit } });
                } else if (event.type === 'error') {
                  updatePiece(event.index, { status: 'error', error: event.error });
                } else updatePiece(event.index, { status: 'cancelled' });
              },
            },
          );
          if (controller !== own) return; // cleared or superseded
          controller = null;
          const run = get().run;
          if (!run) return;
          const pieces = run.pieces.map((p) =>
            p.status === 'waiting' ? { ...p, status: 'skipped' as const } : p,
          );
          const finished: TtsRun = { ...run, pieces, elapsedMs: Date.now() - startedAt, status: 'done' };
          if (result.failure) {
            finished.status = 'error';
            finished.failedIndex = result.failure.index;
            finished.error = result.failure.error;
          } else if (result.aborted) finished.status = 'stopped';
          if (result.values.length > 0) {
            try {
              finished.audio = joinedAudio(result.values, state.gapMs, state.text, result.values.length);
            } catch (error) {
              finished.status = 'error';
              finished.error = {
                status: 0,
                type: 'audio_join_error',
                code: null,
                message:
                  error instanceof WavError
                    ? error.message
                    : `The audio could not be joined: ${String(error)}`,
              };
            }
          }
          set({ run: finished });
        },
        stop: () => controller?.abort(),
        clearResult: () => {
          controller?.abort();
          controller = null;
          releaseAudio(get().run);
          set({ run: null, refusal: null });
        },
      };
    },
    {
      name: 'groq-playground:tts',
      version: 1,
      storage: safeJSONStorage(),
      skipHydration: true,
      partialize: (state): TtsOptions & { active: boolean } => ({
        active: state.active,
        model: state.model,
        voice: state.voice,
        text: state.text,
        responseFormat: state.responseFormat,
        sampleRate: state.sampleRate,
        speed: state.speed,
        gapMs: state.gapMs,
      }),
    },
  ),
);

let urlModelApplied = false;

/**
 * Restores the saved options once, then applies `?model=` once per page load: a TTS model opens Text
 * to Speech with that model, a Whisper model opens transcription.
 */
export async function rehydrateTtsStore(search = window.location.search): Promise<void> {
  if (!useTtsStore.persist.hasHydrated()) await useTtsStore.persist.rehydrate();
  if (urlModelApplied) return;
  urlModelApplied = true;
  const model = new URLSearchParams(search).get('model');
  if (!model) return;
  if (isTtsModelId(model)) {
    useTtsStore.getState().setModel(model);
    useTtsStore.getState().setActive(true);
  } else if (isSpeechModelId(model)) useTtsStore.getState().setActive(false);
}
