/**
 * A Run: one piece of work the playground sends and watches — a chat answer, a Compare pane's answer,
 * a dataset row, a transcription, a text-to-speech generation or a batch — as one object in the
 * store's `runs` map. Every kind has the same frame (id, kind, scope, status, input, result, stats,
 * the id of its abort handle); `input`, `result` and `stats` are the kind's own.
 */
import type { RowResult } from '../datasets/run-all';
import type { ChatRequest } from '../schema/chat-request';
import type { RaceStats } from './race';
import type { SentSttRequest, SttResult } from './stt-slice';
import type { TtsResult } from './tts-slice';

export type RunKind = 'chat' | 'compare-pane' | 'dataset-row' | 'repeat' | 'stt' | 'tts' | 'batch';
/** `waiting`: planned but not sent yet (a dataset row, a TTS piece's run). */
export type RunStatus = 'waiting' | 'running' | 'done' | 'error' | 'stopped';

interface RunFrame<K extends RunKind, I, R, S> {
  id: string;
  kind: K;
  /** What the run belongs to: a pane id for chat runs; the feature otherwise (`dataset`, `stt`, `tts`). */
  scope: string;
  status: RunStatus;
  input: I;
  result: R;
  stats: S;
  /** The abort registry's handle; runs started together may share one. */
  abortId: string;
  startedAt: number;
  finishedAt?: number;
}

/** A chat answer (single view) or a Compare pane's: it streams into message `messageId`. */
export type ChatRun = RunFrame<'chat' | 'compare-pane', ChatRequest, { messageId: string }, RaceStats>;

export const isChatRun = (run: { kind: RunKind }): run is ChatRun =>
  run.kind === 'chat' || run.kind === 'compare-pane';

export const isActive = (run: { status: RunStatus }): boolean =>
  run.status === 'running' || run.status === 'waiting';

/** A row of the Dataset's results table (Run all, or a batch's output); its figures are in `result`. */
export type DatasetRowRun = RunFrame<'dataset-row', ChatRequest | null, RowResult, Record<string, never>>;

/**
 * Runs N times: runs 2…N of a Submit, the same request as the pane's chat run (`scope` = pane id);
 * their answers are collected like a dataset row's, not added to the conversation.
 */
export type RepeatRun = RunFrame<'repeat', ChatRequest, RowResult, Record<string, never>>;

/** A transcription or translation: what Inspect shows as sent, Groq's answer, the browser's timing. */
export type SttRun = RunFrame<'stt', SentSttRequest, SttResult, { elapsedMs?: number }>;

/** A text-to-speech generation: the text as it was at Generate, its pieces and the joined audio. */
export type TtsRun = RunFrame<'tts', { text: string }, TtsResult, { elapsedMs?: number }>;

/** The one Run shape: every kind the store holds. */
export type Run = ChatRun | DatasetRowRun | RepeatRun | SttRun | TtsRun;

/** What an action that starts runs answers: started (`done` settles when they end), or why not. */
export type ActionResult = { ok: true; done: Promise<void> } | { ok: false; reason: string };
