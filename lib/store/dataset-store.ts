import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { CompletionWindow } from '../datasets/batch-file';
import type { RowResult } from '../datasets/run-all';
import { safeJSONStorage } from './safe-storage';

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
  values: Record<string, string>;
  /** The Dataset textbox: CSV with a header row, JSON Lines or a JSON array. */
  datasetText: string;
  concurrency: number;
  completionWindow: CompletionWindow;
  /** The batch this browser submitted last: its results load into the table when it completes. */
  lastBatchId: string | null;
  results: RowResult[];
  source: ResultsSource | null;
  progress: RunProgress | null;
  setValue: (name: string, value: string) => void;
  setValues: (values: Record<string, string>) => void;
  setDatasetText: (text: string) => void;
  setConcurrency: (value: number) => void;
  setCompletionWindow: (value: CompletionWindow) => void;
  setLastBatchId: (id: string | null) => void;
  setResults: (results: RowResult[], source: ResultsSource) => void;
  patchResult: (key: string, patch: Partial<RowResult>) => void;
  setProgress: (progress: RunProgress | null) => void;
}

export const useDatasetStore = create<DatasetState>()(
  persist(
    (set) => ({
      values: {},
      datasetText: '',
      concurrency: CONCURRENCY.default,
      completionWindow: '24h',
      lastBatchId: null,
      results: [],
      source: null,
      progress: null,
      setValue: (name, value) => set((s) => ({ values: { ...s.values, [name]: value } })),
      setValues: (values) => set({ values }),
      setDatasetText: (datasetText) => set({ datasetText }),
      setConcurrency: (value) =>
        set({ concurrency: Math.min(CONCURRENCY.max, Math.max(CONCURRENCY.min, Math.round(value) || 1)) }),
      setCompletionWindow: (completionWindow) => set({ completionWindow }),
      setLastBatchId: (lastBatchId) => set({ lastBatchId }),
      setResults: (results, source) => set({ results, source }),
      patchResult: (key, patch) =>
        set((s) => ({ results: s.results.map((r) => (r.key === key ? { ...r, ...patch } : r)) })),
      setProgress: (progress) => set({ progress }),
    }),
    {
      name: 'groq-playground:dataset',
      version: 1,
      storage: safeJSONStorage(),
      skipHydration: true,
      // Results are not kept: a batch's come back from Groq, a live run is re-run.
      partialize: ({ values, datasetText, concurrency, completionWindow, lastBatchId }) => ({
        values,
        datasetText,
        concurrency,
        completionWindow,
        lastBatchId,
      }),
    },
  ),
);
