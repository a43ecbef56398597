/**
 * Runs numbered tasks with bounded concurrency, starting them in order and keeping results in order.
 * The first failure stops new starts and cancels the pieces after it (those before it may finish);
 * aborting the run cancels everything still running. The result is the unbroken run of successes
 * from the first piece, plus why it ended early, if it did.
 */

export type PieceOutcome<T, E> =
  | { ok: true; value: T }
  | { ok: false; error: E }
  | { ok: false; aborted: true };

export type PieceEvent<T, E> =
  | { type: 'start'; index: number }
  | { type: 'done'; index: number; value: T }
  | { type: 'error'; index: number; error: E }
  | { type: 'cancelled'; index: number };

export interface PieceRunResult<T, E> {
  /** Results of pieces 0…k-1, where k is the first piece that did not succeed (or all of them). */
  values: T[];
  failure?: { index: number; error: E };
  aborted: boolean;
}

export async function runPieces<T, E>(
  count: number,
  task: (index: number, signal: AbortSignal) => Promise<PieceOutcome<T, E>>,
  options: { concurrency: number; signal: AbortSignal; onEvent?: (event: PieceEvent<T, E>) => void },
): Promise<PieceRunResult<T, E>> {
  const { signal, onEvent } = options;
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const outcomes: (PieceOutcome<T, E> | undefined)[] = new Array(count);
  const controllers = new Map<number, AbortController>();
  let next = 0;
  const ended: { failure?: { index: number; error: E } } = {};
  const failed = () => ended.failure;

  const cancelAfter = (index: number) => {
    for (const [i, controller] of controllers) if (i > index) controller.abort();
  };
  const onAbort = () => cancelAfter(-1);
  signal.addEventListener('abort', onAbort, { once: true });

  const worker = async () => {
    while (next < count && !signal.aborted && !failed()) {
      const index = next++;
      const controller = new AbortController();
      controllers.set(index, controller);
      onEvent?.({ type: 'start', index });
      const outcome = await task(index, controller.signal);
      controllers.delete(index);
      outcomes[index] = outcome;
      if (outcome.ok) onEvent?.({ type: 'done', index, value: outcome.value });
      else if ('error' in outcome) {
        onEvent?.({ type: 'error', index, error: outcome.error });
        const earlier = failed();
        if (!earlier || index < earlier.index) ended.failure = { index, error: outcome.error };
        cancelAfter(index);
      } else onEvent?.({ type: 'cancelled', index });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  signal.removeEventListener('abort', onAbort);

  const values: T[] = [];
  for (const outcome of outcomes) {
    if (!outcome?.ok) break;
    values.push(outcome.value);
  }
  return { values, ...(ended.failure ? { failure: ended.failure } : {}), aborted: signal.aborted };
}
