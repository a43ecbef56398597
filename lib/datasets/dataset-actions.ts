/**
 * What the Dataset panel's buttons do: plan the rows from the playground as it is (the one request
 * builder, with each row's values), then Run all live through /api/chat or Submit batch through
 * /api/files and /api/batches. One live run at a time, like Submit.
 */
import { type Batch, createBatch, readFileLines, uploadBatchFile } from '../client/batches-api';
import { streamChat } from '../client/chat-client';
import { useDatasetStore } from '../store/dataset-store';
import { usePlaygroundStore } from '../store/playground-store';
import { type PendingRequest, selectPendingRequest } from '../store/selectors';
import { addBatchResultLine, type BatchRowResult, batchLine, buildBatchJsonl } from './batch-file';
import { type Plan, planDataset } from './plan';
import { type RowResult, runAll } from './run-all';
import type { VariableValues } from './variables';

/**
 * What Submit would send (pane 1: conversation, composer text and images) with these variable values:
 * the one request assembler, `selectPendingRequest`, with a row's values.
 */
export function pendingWithValues(values: VariableValues): PendingRequest {
  return selectPendingRequest(usePlaygroundStore.getState(), 0, { variables: values });
}

export function requestWithValues(values: VariableValues) {
  return pendingWithValues(values).request;
}

/** Settings and model problems stop every row (a row's own values and images are the plan's to check). */
const ROW_CODES = new Set([
  'empty',
  'variables',
  'not-vision',
  'too-many-images',
  'system-with-image',
  'too-large',
]);

/** The plan for the dataset as typed, or the first reason nothing can be sent. */
export function currentPlan(): Plan {
  const problem = pendingWithValues({}).problems.find((p) => !ROW_CODES.has(p.code));
  if (problem) return { ok: false, message: problem.message };
  return planDataset(useDatasetStore.getState().datasetText, requestWithValues);
}

/** A planned row's result before it has run. */
export function waitingRow(row: {
  key: string;
  values: VariableValues;
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

function pendingRows(plan: Extract<Plan, { ok: true }>): RowResult[] {
  return plan.rows.map(waitingRow);
}

let active: AbortController | null = null;

export function stopRunAll(): void {
  active?.abort();
}

export async function startRunAll(plan: Extract<Plan, { ok: true }>): Promise<void> {
  if (active) return;
  const controller = new AbortController();
  active = controller;
  const store = useDatasetStore.getState();
  store.setResults(pendingRows(plan), { kind: 'live' });
  store.setProgress({ running: true, startedAt: Date.now(), finishedAt: null, waitingUntil: null });
  const patchProgress = (
    patch: Partial<NonNullable<ReturnType<typeof useDatasetStore.getState>['progress']>>,
  ) => {
    const progress = useDatasetStore.getState().progress;
    if (progress) useDatasetStore.getState().setProgress({ ...progress, ...patch });
  };
  try {
    await runAll({
      rows: plan.rows,
      concurrency: store.concurrency,
      signal: controller.signal,
      send: streamChat,
      // A batch submitted meanwhile owns the table: the live run stops writing into it.
      onRow: (key, patch) => {
        if (useDatasetStore.getState().source?.kind === 'live')
          useDatasetStore.getState().patchResult(key, patch);
      },
      onWait: (until) => patchProgress({ waitingUntil: until }),
    });
  } finally {
    patchProgress({ running: false, finishedAt: Date.now(), waitingUntil: null });
    active = null;
  }
}

/** Uploads the plan's rows as a JSONL file and creates the batch; its rows wait in the table. */
export async function submitPlanAsBatch(plan: Extract<Plan, { ok: true }>): Promise<Batch> {
  if (active)
    throw new Error('Run all is still running: stop it or let it finish before submitting a batch.');
  const jsonl = buildBatchJsonl(plan.rows.map((row) => batchLine(row.key, row.request)));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = await uploadBatchFile(jsonl, `playground-dataset-${stamp}.jsonl`);
  const { completionWindow, setLastBatchId, setResults } = useDatasetStore.getState();
  const batch = await createBatch(file.id, completionWindow, plan.rows.length);
  setLastBatchId(batch.id);
  setResults(
    pendingRows(plan).map((r) => (r.request ? { ...r, request: { ...r.request, stream: false } } : r)),
    { kind: 'batch', batchId: batch.id },
  );
  return batch;
}

/** A line of the batch's input file: its row key and the request it sent (null if not one). */
function parseInputLine(raw: string): { custom_id: string; body: unknown } | null {
  try {
    const line = JSON.parse(raw) as { custom_id?: unknown; body?: unknown };
    return typeof line.custom_id === 'string' ? { custom_id: line.custom_id, body: line.body } : null;
  } catch {
    return null;
  }
}

function lastUserText(request: unknown): string {
  const messages = (request as { messages?: { role?: string; content?: unknown }[] } | null)?.messages ?? [];
  const last = [...messages].reverse().find((m) => m.role === 'user');
  return typeof last?.content === 'string' ? last.content : '';
}

/**
 * A finished batch's output and error files joined to rows by `custom_id`. Rows come from the
 * dataset when this browser submitted the batch with it, else from the batch's own input file
 * (a fresh browser: the input column shows the prompt each line sent).
 */
export async function loadBatchResults(batch: Batch): Promise<void> {
  const joined = new Map<string, BatchRowResult>();
  const lines: { custom_id: string; body: unknown }[] = [];
  const addResult = (raw: string) => addBatchResultLine(joined, raw);
  // Each file streams in line by line: only what the rows keep is held, never a file's text.
  await Promise.all([
    batch.output_file_id ? readFileLines(batch.output_file_id, addResult) : null,
    batch.error_file_id ? readFileLines(batch.error_file_id, addResult) : null,
    readFileLines(batch.input_file_id, (raw) => {
      const line = parseInputLine(raw);
      if (line) lines.push(line);
    }).catch(() => {
      lines.length = 0;
    }),
  ]);
  const state = useDatasetStore.getState();
  const plan = state.lastBatchId === batch.id ? planDataset(state.datasetText, requestWithValues) : null;
  const known = new Map(plan?.ok ? plan.rows.map((r) => [r.key, r.values]) : []);
  // The input file names the rows; without it, the output does; a batch that ended with neither
  // (cancelled before any row ran, input unreadable) ends the rows this browser is waiting for.
  const waiting = state.source?.kind === 'batch' && state.source.batchId === batch.id ? state.results : [];
  const keys =
    lines.length > 0
      ? lines.map((l) => l.custom_id)
      : joined.size > 0
        ? [...joined.keys()]
        : waiting.map((r) => r.key);
  const bodies = new Map(lines.map((l) => [l.custom_id, l.body]));
  const before = new Map(waiting.map((r) => [r.key, r]));
  const results: RowResult[] = keys.map((key) => {
    const result = joined.get(key);
    const body = bodies.get(key) ?? before.get(key)?.request ?? null;
    return {
      key,
      values: known.get(key) ?? before.get(key)?.values ?? { prompt: lastUserText(body) },
      status: result ? result.status : 'error',
      answer: result?.answer ?? '',
      promptTokens: result?.promptTokens ?? null,
      completionTokens: result?.completionTokens ?? null,
      ms: result?.seconds != null ? Math.round(result.seconds * 1000) : null,
      error: result ? result.error : `Not in the output (batch ${batch.status}).`,
      request: body as RowResult['request'],
    };
  });
  state.setResults(results, { kind: 'batch', batchId: batch.id });
}
