/**
 * The runs map and the one abort registry. Every feature starts its work here (`beginRuns`), fills it
 * in (`patchRun`), and Stop, leaving a pane or Compare, a new Submit and unmounting all end work the
 * same way: `abortRuns` with a test that names exactly the runs to end.
 */
import type { StateCreator } from 'zustand';
import { createAbortRegistry } from './abort-registry';
import type { PlaygroundState } from './playground-types';
import { isActive, type Run } from './run';

export type RunMatch = (run: Run) => boolean;

export interface RunsSlice {
  runs: Record<string, Run>;
  /**
   * Adds `runs` under one new abort handle (each run's `abortId`) and returns its signal. Runs that
   * `replaces` names leave the map first, aborted if still working.
   */
  beginRuns: (
    runs: readonly Run[],
    options?: { replaces?: RunMatch; base?: Partial<PlaygroundState> },
  ) => AbortSignal;
  patchRun: (id: string, fn: (run: Run) => Run) => void;
  /** The handle's work is over (its runs keep the status they reached). */
  releaseHandle: (abortId: string) => void;
  /** Aborts the handles of the matching runs that are still working. */
  abortRuns: (match: RunMatch) => void;
  /** Aborts the matching runs and takes them out of the map. */
  dropRuns: (match: RunMatch) => void;
}

export const createRunsSlice: StateCreator<PlaygroundState, [], [], RunsSlice> = (set, get) => {
  const aborts = createAbortRegistry();
  const abortMatching = (match: RunMatch) => {
    const ids = new Set(
      Object.values(get().runs)
        .filter((run) => isActive(run) && match(run))
        .map((run) => run.abortId),
    );
    for (const id of ids) aborts.abort(id);
  };
  const without = (runs: Record<string, Run>, match: RunMatch) =>
    Object.fromEntries(Object.entries(runs).filter(([, run]) => !match(run)));
  return {
    runs: {},
    beginRuns: (runs, { replaces, base } = {}) => {
      if (replaces) abortMatching(replaces);
      const abortId = runs[0]?.abortId ?? '';
      const signal = aborts.open(abortId);
      set((s) => ({
        ...base,
        runs: {
          ...without(s.runs, replaces ?? (() => false)),
          ...Object.fromEntries(runs.map((r) => [r.id, r])),
        },
      }));
      return signal;
    },
    patchRun: (id, fn) =>
      set((s) => {
        const run = s.runs[id];
        return run ? { runs: { ...s.runs, [id]: fn(run) } } : {};
      }),
    releaseHandle: (abortId) => aborts.release(abortId),
    abortRuns: abortMatching,
    dropRuns: (match) => {
      abortMatching(match);
      set((s) => ({ runs: without(s.runs, match) }));
    },
  };
};
