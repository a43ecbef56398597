/**
 * Evaluate (issue 24): the Grader settings Run all grades with, how many times Submit sends ("Runs"),
 * and the answer Regenerate replaced (for a diff). Graded rows stay Runs of kind `dataset-row`: their
 * grade and the judge's usage are fields of the row's result; Runs 2…N are Runs of kind `repeat`.
 * The code that grades and repeats loads with its first use.
 */
import type { StateCreator } from 'zustand';
import type { RowResult } from '../datasets/run-all';
import { DEFAULT_GRADER_SETTINGS, type GraderSettings } from '../eval/defaults';
import { patchRowResult, selectDatasetResults } from './dataset-slice';
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

/** The actions that grade and send rows again: their code loads with the first call (eval-actions.ts). */
export interface EvalActions {
  /** Grades the answered rows (`keys`, or all); the LLM judge's requests stop with `signal`. */
  gradeDatasetRows: (keys?: readonly string[], signal?: AbortSignal) => Promise<void>;
  /** Sends again the rows that failed (a fail grade, a grading error, or an error answer). */
  rerunFailedRows: () => Promise<ActionResult>;
}

export interface EvalSlice extends EvalActions {
  evaluation: EvalState;
  setGrader: (grader: GraderSettings) => void;
  setRepeatCount: (count: number) => void;
  rememberAnswer: (paneId: string, text: string) => void;
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

const loadEvalActions = () => import('./eval-actions');

/**
 * Starts loading the grading code (zod, ajv): the Grader calls it once a grader is chosen, so that
 * evaluating it is not a long task in the middle of Run all, when its first row lands.
 */
export const preloadGrading = () => {
  loadEvalActions().catch(() => undefined); // offline: the first grading loads it (or says why)
};

/** A row Re-run failed sends again. */
export const isFailedRow = (row: RowResult) =>
  row.status === 'error' || row.grade?.status === 'fail' || row.grade?.status === 'error';

export const createEvalSlice: StateCreator<PlaygroundState, [], [], EvalSlice> = (set, get) => {
  const patchEval = (patch: Partial<EvalState>) =>
    set((s) => ({ evaluation: { ...s.evaluation, ...patch } }));
  return {
    evaluation: INITIAL_EVAL,
    setGrader: (grader) => patchEval({ grader }),
    setRepeatCount: (count) =>
      patchEval({
        repeatCount: Math.min(RUNS_LIMITS.max, Math.max(RUNS_LIMITS.min, Math.round(count) || 1)),
      }),
    rememberAnswer: (paneId, text) =>
      patchEval({ previousAnswers: { ...get().evaluation.previousAnswers, [paneId]: text } }),
    gradeDatasetRows: (keys, signal) => {
      if (get().evaluation.grader.kind !== 'none') {
        return loadEvalActions().then((m) => m.evalActions(get, set).gradeDatasetRows(keys, signal));
      }
      // No grader: only grades left from an earlier one are dropped. That needs none of the grading
      // code (zod, ajv), which Run all would otherwise load, in one long task, as its first row lands.
      const wanted = keys ? new Set(keys) : null;
      for (const row of selectDatasetResults(get())) {
        if ((wanted && !wanted.has(row.key)) || (row.grade === undefined && row.judge === undefined))
          continue;
        patchRowResult(get, row.key, { grade: undefined, judge: undefined });
      }
      return Promise.resolve();
    },
    rerunFailedRows: () => loadEvalActions().then((m) => m.evalActions(get, set).rerunFailedRows()),
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
