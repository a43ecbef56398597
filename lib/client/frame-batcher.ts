/**
 * Coalesces many small text pieces into one update per animation frame. Groq streams hundreds of
 * tokens per second; updating the store per token would re-render far more often than the screen
 * can show. Every batcher shares one frame callback: three Compare panes or ten Run all rows flush
 * in the same task, so React renders their changes once per frame rather than once per answer.
 */
export interface FrameBatcher {
  push: (text: string) => void;
  flush: () => void;
  cancel: () => void;
}

const due = new Set<() => void>();
let cancelFrame: (() => void) | null = null;

const schedule = (fn: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) {
    const handle = requestAnimationFrame(fn);
    return () => cancelAnimationFrame(handle);
  }
  const handle = setTimeout(fn, 16);
  return () => clearTimeout(handle);
};

function runFrame() {
  cancelFrame = null;
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
