import { describe, expect, it } from 'vitest';
import { type PieceOutcome, runPieces } from '@/lib/tts/run-pieces';

type Outcome = PieceOutcome<string, string>;

/** A task that resolves when told to, and records which pieces run at once and which were cancelled. */
function harness() {
  const running = new Set<number>();
  let peak = 0;
  const started: number[] = [];
  const cancelled: number[] = [];
  const resolvers = new Map<number, (outcome: Outcome) => void>();
  const task = (index: number, signal: AbortSignal) =>
    new Promise<Outcome>((resolve) => {
      started.push(index);
      running.add(index);
      peak = Math.max(peak, running.size);
      const finish = (outcome: Outcome) => {
        running.delete(index);
        resolve(outcome);
      };
      resolvers.set(index, finish);
      signal.addEventListener('abort', () => {
        cancelled.push(index);
        finish({ ok: false, aborted: true });
      });
    });
  const settle = async (index: number, outcome: Outcome) => {
    await expect.poll(() => resolvers.has(index)).toBe(true);
    resolvers.get(index)?.(outcome);
  };
  return { task, settle, started, cancelled, peak: () => peak };
}

describe('runPieces', () => {
  it('keeps results in order whatever order they finish in, and never runs more than the limit', async () => {
    const h = harness();
    const run = runPieces(5, h.task, { concurrency: 2, signal: new AbortController().signal });
    await h.settle(1, { ok: true, value: 'b' });
    await h.settle(0, { ok: true, value: 'a' });
    await h.settle(3, { ok: true, value: 'd' });
    await h.settle(2, { ok: true, value: 'c' });
    await h.settle(4, { ok: true, value: 'e' });
    expect(await run).toEqual({ values: ['a', 'b', 'c', 'd', 'e'], aborted: false });
    expect(h.peak()).toBe(2);
    expect(h.started).toEqual([0, 1, 2, 3, 4]);
  });

  it('on a failure keeps the pieces before it, lets earlier ones finish and cancels later ones', async () => {
    const h = harness();
    const events: string[] = [];
    const run = runPieces(4, h.task, {
      concurrency: 2,
      signal: new AbortController().signal,
      onEvent: (e) => events.push(`${e.type}:${e.index}`),
    });
    await h.settle(0, { ok: true, value: 'a' });
    // Pieces 1 and 2 are running; 2 fails while 1 is still going.
    await h.settle(2, { ok: false, error: 'boom' });
    await h.settle(1, { ok: true, value: 'b' });
    expect(await run).toEqual({ values: ['a', 'b'], failure: { index: 2, error: 'boom' }, aborted: false });
    expect(h.started).toEqual([0, 1, 2]);
    expect(events).toContain('error:2');
    expect(events).not.toContain('start:3');
  });

  it('stops on abort: running pieces are cancelled and nothing new starts', async () => {
    const h = harness();
    const controller = new AbortController();
    const run = runPieces(6, h.task, { concurrency: 2, signal: controller.signal });
    await h.settle(0, { ok: true, value: 'a' });
    await expect.poll(() => h.started.length).toBe(3);
    controller.abort();
    const result = await run;
    expect(result).toEqual({ values: ['a'], aborted: true });
    expect(h.cancelled.sort()).toEqual([1, 2]);
    expect(h.started).toEqual([0, 1, 2]);
  });

  it('handles zero pieces and a concurrency above the count', async () => {
    expect(
      await runPieces(0, async () => ({ ok: true, value: 1 }), {
        concurrency: 3,
        signal: new AbortController().signal,
      }),
    ).toEqual({
      values: [],
      aborted: false,
    });
    const result = await runPieces(2, async (i) => ({ ok: true as const, value: i }), {
      concurrency: 8,
      signal: new AbortController().signal,
    });
    expect(result.values).toEqual([0, 1]);
  });
});
