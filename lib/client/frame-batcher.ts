/**
 * Coalesces many small text pieces into one update at most every MIN_GAP_MS. Groq streams hundreds
 * of tokens per second; updating the store per token would re-render far more often than the screen
 * can show. Every batcher shares one callback: three Compare panes or ten Run all rows flush in the
 * same task, so React renders their changes once per update rather than once per answer.
 *
 * The first update after a pause waits for the next animation frame; while text keeps coming,
 * updates are spaced MIN_GAP_MS apart (≤ 40 a second). Each update re-renders the growing answer and
 * lays it out again, so at 60 a second a long answer kept the main thread over half busy
 * (bench:render); 40 a second still reads as continuous and leaves room for typing.
 */
export interface FrameBatcher {
  push: (text: string) => void;
  flush: () => void;
  cancel: () => void;
}

export const MIN_GAP_MS = 25;

const due = new Set<() => void>();
let cancelFrame: (() => void) | null = null;
let lastRun = Number.NEGATIVE_INFINITY;

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

const schedule = (fn: () => void): (() => void) => {
  const wait = lastRun + MIN_GAP_MS - now();
  const visible = typeof document !== 'undefined' && !document.hidden;
  if (wait <= 0 && visible && typeof requestAnimationFrame === 'function') {
    const handle = requestAnimationFrame(fn);
    return () => cancelAnimationFrame(handle);
  }
  const handle = setTimeout(fn, Math.max(wait, visible ? 0 : 16));
  return () => clearTimeout(handle);
};

function runFrame() {
  cancelFrame = null;
  lastRun = now();
  const flushes = [...due];
  due.clear();
  for (const flush of flushes) flush();
}

function request(flush: () => void) {
  due.add(flush);
  cancelFrame ??= schedule(runFrame);
}

function withdraw(flush: () => void) {
  due.delete(flush);
  if (due.size === 0 && cancelFrame) {
    cancelFrame();
    cancelFrame = null;
  }
}

export function createFrameBatcher(apply: (text: string) => void): FrameBatcher {
  let pending = '';
  const flush = () => {
    withdraw(flush);
    if (pending === '') return;
    const text = pending;
    pending = '';
    apply(text);
  };
  return {
    push(text) {
      pending += text;
      request(flush);
    },
    flush,
    cancel() {
      withdraw(flush);
      pending = '';
    },
  };
}
