/**
 * What Run all, Submit batch and loading a batch's results do: loaded with the first of them (the
 * dataset slice imports this module when one is called), so a first visit carries only the slice's
 * state and setters. The sending code (plan, run-all, batch files, the chat client) comes with it.
 */
import { createBatch, readBatchFiles, uploadBatchFile } from '../client/batches-api';
import { streamChat } from '../client/chat-client';
import { batchLine, buildBatchJsonl } from '../datasets/batch-file';
import { batchResultRows } from '../datasets/batch-results';
import { planDataset } from '../datasets/plan';
import { type RowResult, runAll, waitingRow } from '../datasets/run-all';
import type { VariableValues } from '../datasets/variables';
import {
  type DatasetActions,
  type DatasetState,
  patchRunningRow,
  type ResultsSource,
  type RunProgress,
  selectDatasetResults,
} from './dataset-slice';
import type { PlaygroundState } from './playground-types';
import { selectPendingRequest } from './selectors';

/** What the slice hands its lazily loaded actions: the store and its own helpers. */
export interface DatasetContext {
  get: () => PlaygroundState;
  patchDataset: (patch: Partial<DatasetState>) => void;
  patchProgress: (patch: Partial<RunProgress>) => void;
  /** The table's rows become `results`, under one new abort handle. */
  replaceRows: (
    results: readonly RowResult[],
    source: ResultsSource,
  ) => { signal: AbortSignal; abortId: string };
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

/** What Submit would send (pane 1) with these variable values: the one request assembler. */
const requestWithValues = (s: PlaygroundState) => (values: VariableValues) =>
  selectPendingRequest(s, 0, { variables: values }).request;

/** The plan for the dataset as typed, or the first reason nothing can be sent. */
function planOf(s: PlaygroundState): ReturnType<typeof planDataset> {
  const problem = selectPendingRequest(s, 0, { variables: {} }).problems.find((p) => !ROW_CODES.has(p.code));
  if (problem) return { ok: false, message: problem.message };
  return planDataset(s.dataset.datasetText, requestWithValues(s));
}

export function datasetActions(ctx: DatasetContext): DatasetActions {
  const { get, patchDataset, patchProgress, replaceRows } = ctx;

  return {
    runDataset: async () => {
      const s = get();
      if (s.dataset.progress?.running) return { ok: false, reason: 'Run all is already running.' };
      const plan = planOf(s);
      if (!plan.ok) return { ok: false, reason: plan.message };
      const { signal, abortId } = replaceRows(plan.rows.map(waitingRow), { kind: 'live' });
      patchDataset({
        progress: { running: true, startedAt: Date.now(), finishedAt: null, waitingUntil: null },
      });
      // Each answered row is graded as it lands (Evaluate's Grader); the run ends when all are.
      const grading: Promise<void>[] = [];
      const done = runAll({
        rows: plan.rows,
        concurrency: s.dataset.concurrency,
        signal,
        send: streamChat,
        onRow: (key, patch) => {
          patchRunningRow(get, abortId, key, patch);
          if (patch.status === 'done') grading.push(get().gradeDatasetRows([key], signal));
        },
        onWait: (until) => patchProgress({ waitingUntil: until }),
      })
        .then(() => Promise.all(grading))
        .then(() => undefined)
        .finally(() => {
          patchProgress({ running: false, finishedAt: Date.now(), waitingUntil: null });
          get().releaseHandle(abortId);
          void get().saveDatasetRun();
        });
      return { ok: true, done };
    },
    submitDatasetBatch: async (onUploading) => {
      if (get().dataset.progress?.running)
        return {
          ok: false,
          reason: 'Run all is still running: stop it or let it finish before submitting a batch.',
        };
      const plan = planOf(get());
      if (!plan.ok) return { ok: false, reason: plan.message };
      onUploading?.(plan.rows.length);
      const jsonl = buildBatchJsonl(plan.rows.map((row) => batchLine(row.key, row.request)));
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = await uploadBatchFile(jsonl, `playground-dataset-${stamp}.jsonl`);
      const batch = await createBatch(file.id, get().dataset.completionWindow, plan.rows.length);
      patchDataset({ lastBatchId: batch.id });
      get().setDatasetResults(
        plan.rows
          .map(waitingRow)
          .map((r) => (r.request ? { ...r, request: { ...r.request, stream: false } } : r)),
        { kind: 'batch', batchId: batch.id },
      );
      return { ok: true, batch, rows: plan.rows.length };
    },
    loadBatchResults: async (batch) => {
      const files = await readBatchFiles(batch);
      const s = get();
      const plan =
        s.dataset.lastBatchId === batch.id ? planDataset(s.dataset.datasetText, requestWithValues(s)) : null;
      const known = new Map(plan?.ok ? plan.rows.map((r) => [r.key, r.values]) : []);
      const source = s.dataset.source;
      const waiting = source?.kind === 'batch' && source.batchId === batch.id ? selectDatasetResults(s) : [];
      const rows = batchResultRows(batch, files, known, waiting);
      get().setDatasetResults(rows, { kind: 'batch', batchId: batch.id });
      // Batch results are graded like Run all's rows, with the Grader chosen now.
      if (get().evaluation.grader.kind !== 'none') await get().gradeDatasetRows();
    },
  };
}
