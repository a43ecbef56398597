/**
 * What grading and Re-run failed do: loaded with the first of them (the eval slice imports this
 * module when one is called), so a first visit carries only Evaluate's settings and setters.
 */
import { streamChat } from '../client/chat-client';
import { runAll, waitingRow } from '../datasets/run-all';
import { gradeDatasetRow } from '../eval/grade-dataset-row';
import { patchRowResult, patchRunningRow, rowRunId, selectDatasetResults } from './dataset-slice';
import { type EvalActions, isFailedRow } from './eval-slice';
import type { StoreGet, StoreSet } from './playground-types';

let reruns = 0;

export function evalActions(get: StoreGet, set: StoreSet): EvalActions {
  const gradeDatasetRows: EvalActions['gradeDatasetRows'] = async (keys, signal) => {
    const settings = get().evaluation.grader;
    const wanted = keys ? new Set(keys) : null;
    const rows = selectDatasetResults(get()).filter((r) => !wanted || wanted.has(r.key));
    const stop = signal ?? new AbortController().signal;
    await Promise.all(
      rows.map(async (row) => {
        if (row.status !== 'done') return;
        patchRowResult(get, row.key, { grade: null, judge: undefined });
        const graded = await gradeDatasetRow(settings, row, streamChat, stop);
        // A row sent again meanwhile keeps the grade of its new answer, not this one.
        const now = get().runs[rowRunId(row.key)];
        if (now?.kind !== 'dataset-row' || now.result.answer !== row.answer) return;
        patchRowResult(get, row.key, graded ?? { grade: undefined, judge: undefined });
      }),
    );
  };

  const rerunFailedRows: EvalActions['rerunFailedRows'] = async () => {
    if (get().dataset.progress?.running) return { ok: false, reason: 'Run all is still running.' };
    const failed = Object.values(get().runs).filter(
      (run) => run.kind === 'dataset-row' && run.input !== null && isFailedRow(run.result),
    );
    if (failed.length === 0) return { ok: false, reason: 'No row failed.' };
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
        patchRunningRow(get, abortId, key, patch);
        if (patch.status === 'done') grading.push(get().gradeDatasetRows([key], signal));
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
  };

  return { gradeDatasetRows, rerunFailedRows };
}
