/**
 * Generate (Text to Speech): plan the pieces, send them two at a time, join the audio. Loaded with
 * the first Generate (the TTS slice imports this module then), with the client, planner and WAV code.
 */
import { sendTtsPiece, type TtsPieceAudio } from '../tts/client';
import { planTtsRequests, TTS_CONCURRENCY, ttsFileName } from '../tts/options';
import { runPieces } from '../tts/run-pieces';
import type { TtsRequest } from '../tts/schema';
import { joinWav, WavError } from '../tts/wav';
import type { PlaygroundState } from './playground-types';
import type { Run, TtsRun } from './run';
import {
  releaseAudio,
  selectTtsRun,
  TTS_RUN_ID,
  type TtsAudio,
  type TtsPiece,
  type TtsState,
} from './tts-slice';

const isTts = (run: Run) => run.kind === 'tts';

function joinedAudio(parts: TtsPieceAudio[], gapMs: number, text: string): TtsAudio {
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
    pieceCount: parts.length,
  };
}

/** One generation under the abort handle `abortId`; a newer or cleared run is left alone. */
export async function generateTts(
  get: () => PlaygroundState,
  patchTts: (patch: Partial<TtsState>) => void,
  abortId: string,
): Promise<void> {
  /** Changes the run under `abortId` (a cleared or newer run is left alone). */
  const patchOwn = (fn: (run: TtsRun) => TtsRun) =>
    get().patchRun(TTS_RUN_ID, (run) => (run.kind === 'tts' && run.abortId === abortId ? fn(run) : run));
  const updatePiece = (index: number, patch: Partial<TtsPiece>, rateLimit?: Record<string, string>) =>
    patchOwn((run) => ({
      ...run,
      result: {
        ...run.result,
        pieces: run.result.pieces.map((p, i) => (i === index ? { ...p, ...patch } : p)),
        rateLimit: rateLimit ?? run.result.rateLimit,
      },
    }));

  const options = get().tts;
  if (selectTtsRun(get())?.status === 'running') return;
  const plan = planTtsRequests(options);
  if (!plan.ok) {
    patchTts({ refusal: { message: plan.message, field: plan.field } });
    return;
  }
  releaseAudio(selectTtsRun(get()));
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
  const outcome = await runPieces(
    plan.requests.length,
    (i, pieceSignal) => sendTtsPiece(plan.requests[i] as TtsRequest, pieceSignal),
    {
      concurrency: TTS_CONCURRENCY,
      signal,
      onEvent: (event) => {
        if (event.type === 'start') updatePiece(event.index, { status: 'running' });
        else if (event.type === 'done') {
          const { requestId, bytes, elapsedMs, rateLimit } = event.value;
          updatePiece(event.index, { status: 'done', requestId, bytes: bytes.length, elapsedMs }, rateLimit);
        } else if (event.type === 'error') updatePiece(event.index, { status: 'error', error: event.error });
        else updatePiece(event.index, { status: 'cancelled' });
      },
    },
  );
  get().releaseHandle(abortId);
  patchOwn((run) => {
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
        finished.result.audio = joinedAudio(outcome.values, options.gapMs, options.text);
      } catch (error) {
        finished.status = 'error';
        finished.result.error = {
          status: 0,
          type: 'audio_join_error',
          code: null,
          message:
            error instanceof WavError ? error.message : `The audio could not be joined: ${String(error)}`,
        };
      }
    }
    return finished;
  });
}
