/**
 * Run all (live): one `/api/chat` request per dataset row, at most `concurrency` at a time. A 429
 * pauses every worker for its `retry-after`, then the same row is sent again; Stop aborts what is in
 * flight and leaves the rest unsent.
 */
import type { PlaygroundErrorBody } from '../errors';
import type { Grade } from '../eval/grade';
import type { ChatRequest } from '../schema/chat-request';
import type { ChatEvent } from '../stream/events';

/** `stopped`: Stop cut its answer short (or its 429 wait); `unsent`: Stop came before it was sent. */
export type RowStatus = 'waiting' | 'running' | 'done' | 'error' | 'stopped' | 'unsent';

export interface RowResult {
  key: string;
  values: Record<string, string>;
  status: RowStatus;
  answer: string;
  promptTokens: number | null;
  completionTokens: number | null;
  /** Wall time of the request in ms (live), or Groq's total_time (batch). */
  ms: number | null;
  error: string | null;
  /** What was sent for this row (live), or what the batch line held. */
  request: ChatRequest | null;
  /** The grader's verdict: absent = not graded, null = being graded (the LLM judge is asked). */
  grade?: Grade | null;
  /** The LLM judge's own tokens, priced apart from the answer's. */
  judge?: JudgeUsage | null;
}

export interface JudgeUsage {
  model: string;
  promptTokens: number;
  completionTokens: number;
}

/** A planned row's result before it has run. */
export function waitingRow(row: {
  key: string;
  values: Record<string, string>;
  request: RowResult['request'];
}): RowResult {
  return {
    key: row.key,
    values: row.values,
    status: 'waiting',
    answer: '',
    promptTokens: null,
    completionTokens: null,
    ms: null,
    error: null,
    request: row.request,
  };
}

export type SendChat = (request: ChatRequest, signal: AbortSignal) => AsyncIterable<ChatEvent>;

export interface RunAllOptions {
  rows: readonly { key: string; request: ChatRequest }[];
  concurrency: number;
  signal: AbortSignal;
  send: SendChat;
  onRow: (key: string, patch: Partial<RowResult>) => void;
  /** A 429 paused the run until this time (ms since epoch); null when it resumes. */
  onWait?: (until: number | null) => void;
  /**
   * Retries of one row after 429s before it counts as failed. Unbounded by default: every wait is
   * the one Groq (or this deployment's stream cap) asked for, the progress line shows it, Stop ends it.
   */
  maxRetries?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
}

const defaultSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export interface Attempt {
  answer: string;
  promptTokens: number | null;
  completionTokens: number | null;
  error: PlaygroundErrorBody | null;
}

/** Sends one request and gathers its answer, usage and error from the events. */
export async function attempt(send: SendChat, request: ChatRequest, signal: AbortSignal): Promise<Attempt> {
  const out: Attempt = { answer: '', promptTokens: null, completionTokens: null, error: null };
  for await (const event of send(request, signal)) {
    if (event.event === 'delta') out.answer += event.data.content ?? '';
    else if (event.event === 'usage') {
      out.promptTokens = event.data.prompt_tokens;
      out.completionTokens = event.data.completion_tokens;
    } else if (event.event === 'error') out.error = event.data.error;
  }
  return out;
}

export async function runAll(options: RunAllOptions): Promise<void> {
  const {
    rows,
    signal,
    send,
    onRow,
    onWait,
    maxRetries = Number.POSITIVE_INFINITY,
    sleep = defaultSleep,
    now = Date.now,
  } = options;
  let next = 0;
  let pausedUntil = 0;
  const worker = async () => {
    while (!signal.aborted) {
      const row = rows[next];
      if (!row) return;
      next += 1;
      for (let tries = 0; ; tries += 1) {
        const wait = pausedUntil - now();
        if (wait > 0) await sleep(wait, signal);
        if (signal.aborted) {
          onRow(row.key, { status: 'stopped' });
          break;
        }
        onRow(row.key, { status: 'running', error: null });
        const started = now();
        const result = await attempt(send, row.request, signal);
        if (signal.aborted) {
          onRow(row.key, { status: 'stopped', answer: result.answer, ms: now() - started });
          break;
        }
        const retryAfter = result.error?.status === 429 ? (result.error.retry_after ?? 1) : null;
        if (retryAfter !== null && tries < maxRetries) {
          pausedUntil = Math.max(pausedUntil, now() + retryAfter * 1000);
          onWait?.(pausedUntil);
          onRow(row.key, {
            status: 'waiting',
            error: `Rate limited: waiting ${retryAfter} s, then sending again.`,
          });
          continue;
        }
        onWait?.(null);
        onRow(row.key, {
          status: result.error ? 'error' : 'done',
          answer: result.answer,
          promptTokens: result.promptTokens,
          completionTokens: result.completionTokens,
          ms: now() - started,
          error: result.error ? result.error.message : null,
        });
        break;
      }
    }
  };
  const count = Math.max(1, Math.min(options.concurrency, rows.length));
  await Promise.all(Array.from({ length: count }, worker));
  // Rows never started read "not sent", not "waiting".
  if (signal.aborted) for (const row of rows.slice(next)) onRow(row.key, { status: 'unsent' });
}

/** k of n finished, errors, and completion tokens per second over the run so far. */
export function runSummary(results: readonly RowResult[], startedAt: number, endedAt: number) {
  const finished = results.filter((r) => r.status === 'done' || r.status === 'error').length;
  const errors = results.filter((r) => r.status === 'error').length;
  const tokens = results.reduce((sum, r) => sum + (r.completionTokens ?? 0), 0);
  const seconds = Math.max(0.001, (endedAt - startedAt) / 1000);
  return { finished, total: results.length, errors, tokensPerSecond: tokens / seconds };
}
