/**
 * Runs N times: after Submit starts each pane's chat run (run 1, which streams into the
 * conversation), runs 2…N send the very same request and collect their answers as `repeat` runs of
 * that pane. One abort handle per pane's repeats; a new Submit drops the previous repeats.
 */
import { type RowResult, runAll, waitingRow } from '../datasets/run-all';
import type { PlaygroundState } from './playground-types';
import type { ChatRun, RepeatRun } from './run';

const repeatId = (paneId: string, index: number) => `repeat:${paneId}:${index}`;

let handles = 0;

/** Starts runs 2…`count` of each chat run in `started`; resolves when all have ended. */
export async function launchRepeats(
  get: () => PlaygroundState,
  started: readonly ChatRun[],
  count: number,
): Promise<void> {
  const { streamChat } = await import('../client/chat-client');
  await Promise.all(
    started.map((chat) => {
      handles += 1;
      const abortId = `repeat-${handles}`;
      const rows = Array.from({ length: count - 1 }, (_, i) => ({
        key: repeatId(chat.scope, i + 2),
        values: {},
        request: chat.input,
      }));
      const runs: RepeatRun[] = rows.map((row) => ({
        id: row.key,
        kind: 'repeat',
        scope: chat.scope,
        status: 'waiting',
        input: chat.input,
        result: waitingRow(row),
        stats: {},
        abortId,
        startedAt: Date.now(),
      }));
      const signal = get().beginRuns(runs);
      const onRow = (key: string, patch: Partial<RowResult>) =>
        get().patchRun(key, (run) => {
          if (run.kind !== 'repeat' || run.abortId !== abortId) return run;
          const result = { ...run.result, ...patch };
          const status = result.status === 'unsent' ? 'stopped' : result.status;
          return { ...run, result, status, finishedAt: status === 'done' ? Date.now() : undefined };
        });
      return runAll({ rows, concurrency: rows.length, signal, send: streamChat, onRow }).finally(() =>
        get().releaseHandle(abortId),
      );
    }),
  );
}
