/**
 * The Dataset: the Variables panel's values (used by Submit), the rows to run, and how to run them —
 * Run all live through /api/chat, or Submit batch through /api/files and /api/batches. Each row of the
 * results table is a Run of kind `dataset-row`; the rows of one Run all share one abort handle.
 * The code that sends rows loads with the first Run all or batch, not on a first visit.
 */
import type { StateCreator } from 'zustand';
import type { Batch } from '../client/batches-api';
import type { CompletionWindow } from '../datasets/batch-file';
import type { RowResult, RowStatus } from '../datasets/run-all';
import type { VariableValues } from '../datasets/variables';
import type { PlaygroundState } from './playground-types';
import type { ActionResult, DatasetRowRun, RunStatus } from './run';

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

/** The actions that send: their code loads with the first call (dataset-actions.ts). */
export interface DatasetActions {
  /** Plans the rows from the playground as it is and sends them live, `concurrency` at a time. */
  runDataset: () => Promise<ActionResult>;
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

export interface DatasetSlice extends DatasetActions {
  dataset: DatasetState;
  setVariable: (name: string, value: string) => void;
  setVariables: (values: VariableValues) => void;
  setDatasetText: (text: string) => void;
  setConcurrency: (value: number) => void;
  setCompletionWindow: (value: CompletionWindow) => void;
  /** Replaces the results table's rows (a live run still sending into the old rows is aborted). */
  setDatasetResults: (results: readonly RowResult[], source: ResultsSource) => void;
  stopDataset: () => void;
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

/** Run all, Submit batch and batch results load with the first of them, not on a first visit. */
const loadDatasetActions = () => import('./dataset-actions');

export const RUN_STATUS: Record<RowStatus, RunStatus> = {
  waiting: 'waiting',
  running: 'running',
  done: 'done',
  error: 'error',
  stopped: 'stopped',
  unsent: 'stopped',
};

export const rowRunId = (key: string) => `row:${key}`;

/**
 * Fills in row `key` of the Run all under `abortId` (a row the table no longer shows, or one a later
 * run took over, stays as it is); the row's run status follows its result's.
 */
export function patchRunningRow(
  get: () => Pick<PlaygroundState, 'patchRun'>,
  abortId: string,
  key: string,
  patch: Partial<RowResult>,
): void {
  get().patchRun(rowRunId(key), (run) => {
    if (run.kind !== 'dataset-row' || run.abortId !== abortId) return run;
    const result = { ...run.result, ...patch };
    return { ...run, result, status: RUN_STATUS[result.status] };
  });
}

/** Merges `patch` into row `key`'s result (a grade, the judge's usage), leaving its run status. */
export function patchRowResult(
  get: () => Pick<PlaygroundState, 'patchRun'>,
  key: string,
  patch: Partial<RowResult>,
): void {
  get().patchRun(rowRunId(key), (run) =>
    run.kind === 'dataset-row' ? { ...run, result: { ...run.result, ...patch } } : run,
  );
}
const isRow = (run: { kind: string }) => run.kind === 'dataset-row';

export const createDatasetSlice: StateCreator<PlaygroundState, [], [], DatasetSlice> = (set, get) => {
  const patchDataset = (patch: Partial<DatasetState>) =>
    set((s) => ({ dataset: { ...s.dataset, ...patch } }));
  const patchProgress = (patch: Partial<RunProgress>) => {
    const progress = get().dataset.progress;
    if (progress) patchDataset({ progress: { ...progress, ...patch } });
  };
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
  const ctx = { get, patchDataset, patchProgress, replaceRows };

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
    runDataset: () => loadDatasetActions().then((m) => m.datasetActions(ctx).runDataset()),
    stopDataset: () => get().abortRuns(isRow),
    submitDatasetBatch: (onUploading) =>
      loadDatasetActions().then((m) => m.datasetActions(ctx).submitDatasetBatch(onUploading)),
    loadBatchResults: (batch) =>
      loadDatasetActions().then((m) => m.datasetActions(ctx).loadBatchResults(batch)),
  };
};

/** The results table's rows, in order. */
export function selectDatasetResults(s: Pick<PlaygroundState, 'runs'>): RowResult[] {
  return Object.values(s.runs).flatMap((run) => (run.kind === 'dataset-row' ? [run.result] : []));
}
