/**
 * Evaluate (issue 24): the Grader settings Run all grades with, how many times Submit sends ("Runs"),
 * and the answer Regenerate replaced (for a diff). Graded rows stay Runs of kind `dataset-row`: their
 * grade and the judge's usage are fields of the row's result; Runs 2…N are Runs of kind `repeat`.
 * The code that grades and repeats loads with its first use.
 */
import type { StateCreator } from 'zustand';
import type { RowResult } from '../datasets/run-all';
import { DEFAULT_GRADER_SETTINGS, type GraderSettings } from '../eval/defaults';
import { selectDatasetResults } from './dataset-slice';
import type { PlaygroundState } from './playground-types';
import { type ActionResult, type ChatRun, isChatRun, type RepeatRun } from './run';

export const RUNS_LIMITS = { min: 1, max: 10 } as const;

export interface EvalState {
  grader: GraderSettings;
  /** Submit sends the same request this many times (per pane in Compare). */
  repeatCount: number;
  /** By pane id: the answer the last Regenerate replaced. */
  previousAnswers: Record<string, string>;
}

export interface EvalSlice {
  evaluation: EvalState;
  setGrader: (grader: GraderSettings) => void;
  setRepeatCount: (count: number) => void;
  rememberAnswer: (paneId: string, text: string) => void;
  /** Grades the answered rows (`keys`, or all); the LLM judge's requests stop with `signal`. */
  gradeDatasetRows: (keys?: readonly string[], signal?: AbortSignal) => Promise<void>;
  /** Sends again the rows that failed (a fail grade, a grading error, or an error answer). */
  rerunFailedRows: () => Promise<ActionResult>;
  /** Submit, `repeatCount` times per pane: run 1 streams into the conversation, runs 2…N beside it. */
  submitRuns: (options?: { includeDraft?: boolean }) => ActionResult;
  /** Stop: every answer still streaming, and runs 2…N with them. */
  stopRuns: () => void;
}

export const INITIAL_EVAL: EvalState = {
  grader: DEFAULT_GRADER_SETTINGS,
  repeatCount: 1,
  previousAnswers: {},
};

const loadGrading = () =>
  Promise.all([import('../eval/grade-dataset-row'), import('../client/chat-client')]).then(([g, c]) => ({
    gradeDatasetRow: g.gradeDatasetRow,
    streamChat: c.streamChat,
  }));

export const rowRunId = (key: string) => `row:${key}`;

/** A row Re-run failed sends again. */
export const isFailedRow = (row: RowResult) =>
  row.status === 'error' || row.grade?.status === 'fail' || row.grade?.status === 'error';

let reruns = 0;

export const createEvalSlice: StateCreator<PlaygroundState, [], [], EvalSlice> = (set, get) => {
  const patchEval = (patch: Partial<EvalState>) =>
    set((s) => ({ evaluation: { ...s.evaluation, ...patch } }));
  const patchRowResult = (key: string, patch: Partial<RowResult>) =>
    get().patchRun(rowRunId(key), (run) =>
      run.kind === 'dataset-row' ? { ...run, result: { ...run.result, ...patch } } : run,
    );

  const gradeDatasetRows: EvalSlice['gradeDatasetRows'] = async (keys, signal) => {
    const settings = get().evaluation.grader;
    const wanted = keys ? new Set(keys) : null;
    const rows = selectDatasetResults(get()).filter((r) => !wanted || wanted.has(r.key));
    if (settings.kind === 'none') {
      for (const row of rows) patchRowResult(row.key, { grade: undefined, judge: undefined });
      return;
    }
    const code = await loadGrading();
    const stop = signal ?? new AbortController().signal;
    await Promise.all(
      rows.map(async (row) => {
        if (row.status !== 'done') return;
        patchRowResult(row.key, { grade: null, judge: undefined });
        const graded = await code.gradeDatasetRow(settings, row, code.streamChat, stop);
        // A row sent again meanwhile keeps the grade of its new answer, not this one.
        const now = get().runs[rowRunId(row.key)];
        if (now?.kind !== 'dataset-row' || now.result.answer !== row.answer) return;
        patchRowResult(row.key, graded ?? { grade: undefined, judge: undefined });
      }),
    );
  };

  return {
    evaluation: INITIAL_EVAL,
    setGrader: (grader) => patchEval({ grader }),
    setRepeatCount: (count) =>
      patchEval({
        repeatCount: Math.min(RUNS_LIMITS.max, Math.max(RUNS_LIMITS.min, Math.round(count) || 1)),
      }),
    rememberAnswer: (paneId, text) =>
      patchEval({ previousAnswers: { ...get().evaluation.previousAnswers, [paneId]: text } }),
    gradeDatasetRows,
    rerunFailedRows: async () => {
      if (get().dataset.progress?.running) return { ok: false, reason: 'Run all is still running.' };
      const failed = Object.values(get().runs).filter(
        (run) => run.kind === 'dataset-row' && run.input !== null && isFailedRow(run.result),
      );
      if (failed.length === 0) return { ok: false, reason: 'No row failed.' };
      const [{ runAll, waitingRow }, { streamChat }] = await Promise.all([
        import('../datasets/run-all'),
        import('../client/chat-client'),
      ]);
      reruns += 1;
      const abortId = `dataset-rerun-${reruns}`;
      const rerun = failed.flatMap((run) =>
        run.kind === 'dataset-row' && run.input
          ? [{ run, row: { key: run.result.key, values: run.result.values, request: run.input } }]
          : [],
      );
      const rows = rerun.map(({ row }) => row);
      // Without `replaces` the rows keep their place in the table; only their content starts over.
      const signal = get().beginRuns(
        rerun.map(({ run, row }) => ({
          ...run,
          status: 'waiting' as const,
          abortId,
          startedAt: Date.now(),
          finishedAt: undefined,
          result: waitingRow(row),
        })),
      );
      set((s) => ({
        dataset: {
          ...s.dataset,
          progress: { running: true, startedAt: Date.now(), finishedAt: null, waitingUntil: null },
        },
      }));
      const grading: Promise<void>[] = [];
      const done = runAll({
        rows,
        concurrency: get().dataset.concurrency,
        signal,
        send: streamChat,
        onRow: (key, patch) => {
          get().patchRun(rowRunId(key), (run) => {
            if (run.kind !== 'dataset-row' || run.abortId !== abortId) return run;
            const result = { ...run.result, ...patch };
            return { ...run, result, status: result.status === 'unsent' ? 'stopped' : result.status };
          });
          if (patch.status === 'done') grading.push(gradeDatasetRows([key], signal));
        },
      })
        .then(() => Promise.all(grading))
        .then(() => undefined)
        .finally(() => {
          set((s) => ({
            dataset: {
              ...s.dataset,
              progress: s.dataset.progress && {
                ...s.dataset.progress,
                running: false,
                finishedAt: Date.now(),
              },
            },
          }));
          get().releaseHandle(abortId);
        });
      return { ok: true, done };
    },
    submitRuns: (options) => {
      const count = get().evaluation.repeatCount;
      get().dropRuns((run) => run.kind === 'repeat');
      const before = new Set(Object.keys(get().runs));
      const result = get().submit(options);
      if (!result.ok || count <= 1) return result;
      const started = Object.values(get().runs).filter(
        (run): run is ChatRun => isChatRun(run) && !before.has(run.id),
      );
      const repeats = import('./repeat-runs').then((m) => m.launchRepeats(get, started, count));
      return { ok: true, done: Promise.all([result.done, repeats]).then(() => undefined) };
    },
    stopRuns: () => {
      get().stop();
      get().abortRuns((run) => run.kind === 'repeat');
    },
  };
};

/** Runs 2…N of pane `paneId`, in order. */
export function selectRepeatRuns(s: Pick<PlaygroundState, 'runs'>, paneId: string): RepeatRun[] {
  return Object.values(s.runs).filter(
    (run): run is RepeatRun => run.kind === 'repeat' && run.scope === paneId,
  );
}
