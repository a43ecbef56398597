/**
 * The Dataset: the Variables panel's values (used by Submit), the rows to run, and how to run them —
 * Run all live through /api/chat, or Submit batch through /api/files and /api/batches. Each row of the
 * results table is a Run of kind `dataset-row`; the rows of one Run all share one abort handle.
 * The code that sends rows loads with the first Run all or batch, not on a first visit.
 */
import type { StateCreator } from 'zustand';
import type { Batch } from '../client/batches-api';
import type { CompletionWindow } from '../datasets/batch-file';
import type { planDataset } from '../datasets/plan';
import type { RowResult, RowStatus } from '../datasets/run-all';
import type { VariableValues } from '../datasets/variables';
import type { PlaygroundState } from './playground-types';
import type { ActionResult, DatasetRowRun, RunStatus } from './run';
import { selectPendingRequest } from './selectors';

export const CONCURRENCY = { min: 1, max: 16, default: 4 } as const;

/** Where the results table's rows came from: a live Run all, or a Groq batch's output file. */
export type ResultsSource = { kind: 'live' } | { kind: 'batch'; batchId: string };

export interface RunProgress {
  running: boolean;
  startedAt: number;
  finishedAt: number | null;
  /** Seconds left in a 429's retry-after pause (0 when not waiting). */
  waitingUntil: number | null;
}

export interface DatasetState {
  /** Values of the Variables panel, used by single runs (Submit). */
  values: VariableValues;
  /** The Dataset textbox: CSV with a header row, JSON Lines or a JSON array. */
  datasetText: string;
  concurrency: number;
  completionWindow: CompletionWindow;
  /** The batch this browser submitted last: its results load into the table when it completes. */
  lastBatchId: string | null;
  source: ResultsSource | null;
  progress: RunProgress | null;
}

export interface DatasetSlice {
  dataset: DatasetState;
  setVariable: (name: string, value: string) => void;
  setVariables: (values: VariableValues) => void;
  setDatasetText: (text: string) => void;
  setConcurrency: (value: number) => void;
  setCompletionWindow: (value: CompletionWindow) => void;
  /** Replaces the results table's rows (a live run still sending into the old rows is aborted). */
  setDatasetResults: (results: readonly RowResult[], source: ResultsSource) => void;
  /** Plans the rows from the playground as it is and sends them live, `concurrency` at a time. */
  runDataset: () => Promise<ActionResult>;
  stopDataset: () => void;
  /**
   * Uploads the planned rows as a JSONL file and creates the batch; its rows wait in the table.
   * `onUploading` hears how many rows go, once they are planned.
   */
  submitDatasetBatch: (
    onUploading?: (rows: number) => void,
  ) => Promise<{ ok: true; batch: Batch; rows: number } | { ok: false; reason: string }>;
  /** Loads a finished batch's output into the table. */
  loadBatchResults: (batch: Batch) => Promise<void>;
}

export const INITIAL_DATASET: DatasetState = {
  values: {},
  datasetText: '',
  concurrency: CONCURRENCY.default,
  completionWindow: '24h',
  lastBatchId: null,
  source: null,
  progress: null,
};

const loadDatasetCode = () =>
  Promise.all([
    import('../datasets/plan'),
    import('../datasets/run-all'),
    import('../datasets/batch-file'),
    import('../datasets/batch-results'),
    import('../client/batches-api'),
    import('../client/chat-client'),
  ]).then(([plan, runAll, batchFile, batchResults, batches, chat]) => ({
    ...plan,
    ...runAll,
    ...batchFile,
    ...batchResults,
    ...batches,
    ...chat,
  }));

const RUN_STATUS: Record<RowStatus, RunStatus> = {
  waiting: 'waiting',
  running: 'running',
  done: 'done',
  error: 'error',
  stopped: 'stopped',
  unsent: 'stopped',
};

const rowRunId = (key: string) => `row:${key}`;
const isRow = (run: { kind: string }) => run.kind === 'dataset-row';

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
function planOf(s: PlaygroundState, plan: typeof planDataset): ReturnType<typeof planDataset> {
  const problem = selectPendingRequest(s, 0, { variables: {} }).problems.find((p) => !ROW_CODES.has(p.code));
  if (problem) return { ok: false, message: problem.message };
  return plan(s.dataset.datasetText, requestWithValues(s));
}

export const createDatasetSlice: StateCreator<PlaygroundState, [], [], DatasetSlice> = (set, get) => {
  const patchDataset = (patch: Partial<DatasetState>) =>
    set((s) => ({ dataset: { ...s.dataset, ...patch } }));
  const patchProgress = (patch: Partial<RunProgress>) => {
    const progress = get().dataset.progress;
    if (progress) patchDataset({ progress: { ...progress, ...patch } });
  };
  /** Fills in row `key` of the run under `abortId` (a row the table no longer shows stays as it is). */
  const patchRow = (abortId: string) => (key: string, patch: Partial<RowResult>) =>
    get().patchRun(rowRunId(key), (run) => {
      if (run.kind !== 'dataset-row' || run.abortId !== abortId) return run;
      const result = { ...run.result, ...patch };
      return { ...run, result, status: RUN_STATUS[result.status] };
    });
  const rowRuns = (results: readonly RowResult[], abortId: string): DatasetRowRun[] => {
    const startedAt = Date.now();
    return results.map((result) => ({
      id: rowRunId(result.key),
      kind: 'dataset-row',
      scope: 'dataset',
      status: RUN_STATUS[result.status],
      input: result.request,
      result,
      stats: {},
      abortId,
      startedAt,
    }));
  };
  let handles = 0;
  /** The table's rows become `results`, under one new abort handle. */
  const replaceRows = (results: readonly RowResult[], source: ResultsSource) => {
    handles += 1;
    const abortId = `dataset-${handles}`;
    const signal = get().beginRuns(rowRuns(results, abortId), {
      replaces: isRow,
      base: { dataset: { ...get().dataset, source } },
    });
    return { signal, abortId };
  };

  return {
    dataset: INITIAL_DATASET,
    setVariable: (name, value) =>
      set((s) => ({ dataset: { ...s.dataset, values: { ...s.dataset.values, [name]: value } } })),
    setVariables: (values) => patchDataset({ values }),
    setDatasetText: (datasetText) => patchDataset({ datasetText }),
    setConcurrency: (value) =>
      patchDataset({
        concurrency: Math.min(CONCURRENCY.max, Math.max(CONCURRENCY.min, Math.round(value) || 1)),
      }),
    setCompletionWindow: (completionWindow) => patchDataset({ completionWindow }),
    setDatasetResults: (results, source) => {
      // Rows set from outside a live run have nothing to abort.
      get().releaseHandle(replaceRows(results, source).abortId);
    },
    runDataset: async () => {
      const code = await loadDatasetCode();
      const s = get();
      if (s.dataset.progress?.running) return { ok: false, reason: 'Run all is already running.' };
      const plan = planOf(s, code.planDataset);
      if (!plan.ok) return { ok: false, reason: plan.message };
      const { signal, abortId } = replaceRows(plan.rows.map(code.waitingRow), { kind: 'live' });
      patchDataset({
        progress: { running: true, startedAt: Date.now(), finishedAt: null, waitingUntil: null },
      });
      // Each answered row is graded as it lands (Evaluate's Grader); the run ends when all are.
      const grading: Promise<void>[] = [];
      const done = code
        .runAll({
          rows: plan.rows,
          concurrency: s.dataset.concurrency,
          signal,
          send: code.streamChat,
          onRow: (key, patch) => {
            patchRow(abortId)(key, patch);
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
    stopDataset: () => get().abortRuns(isRow),
    submitDatasetBatch: async (onUploading) => {
      const code = await loadDatasetCode();
      if (get().dataset.progress?.running)
        return {
          ok: false,
          reason: 'Run all is still running: stop it or let it finish before submitting a batch.',
        };
      const plan = planOf(get(), code.planDataset);
      if (!plan.ok) return { ok: false, reason: plan.message };
      onUploading?.(plan.rows.length);
      const jsonl = code.buildBatchJsonl(plan.rows.map((row) => code.batchLine(row.key, row.request)));
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = await code.uploadBatchFile(jsonl, `playground-dataset-${stamp}.jsonl`);
      const batch = await code.createBatch(file.id, get().dataset.completionWindow, plan.rows.length);
      patchDataset({ lastBatchId: batch.id });
      get().setDatasetResults(
        plan.rows
          .map(code.waitingRow)
          .map((r) => (r.request ? { ...r, request: { ...r.request, stream: false } } : r)),
        { kind: 'batch', batchId: batch.id },
      );
      return { ok: true, batch, rows: plan.rows.length };
    },
    loadBatchResults: async (batch) => {
      const code = await loadDatasetCode();
      const files = await code.readBatchFiles(batch);
      const s = get();
      const plan =
        s.dataset.lastBatchId === batch.id
          ? code.planDataset(s.dataset.datasetText, requestWithValues(s))
          : null;
      const known = new Map(plan?.ok ? plan.rows.map((r) => [r.key, r.values]) : []);
      const source = s.dataset.source;
      const waiting = source?.kind === 'batch' && source.batchId === batch.id ? selectDatasetResults(s) : [];
      const rows = code.batchResultRows(batch, files, known, waiting);
      get().setDatasetResults(rows, { kind: 'batch', batchId: batch.id });
      // Batch results are graded like Run all's rows, with the Grader chosen now.
      if (get().evaluation.grader.kind !== 'none') await get().gradeDatasetRows();
    },
  };
};

/** The results table's rows, in order. */
export function selectDatasetResults(s: Pick<PlaygroundState, 'runs'>): RowResult[] {
  return Object.values(s.runs).flatMap((run) => (run.kind === 'dataset-row' ? [run.result] : []));
}
