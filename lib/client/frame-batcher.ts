/**
 * Coalesces many small text pieces into one update per animation frame. Groq streams hundreds of
 * tokens per second; updating the store per token would re-render far more often than the screen
 * can show.
 */
export interface FrameBatcher {
  push: (text: string) => void;
  flush: () => void;
  cancel: () => void;
}

const schedule = (fn: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) {
    const handle = requestAnimationFrame(fn);
    return () => cancelAnimationFrame(handle);
  }
  const handle = setTimeout(fn, 16);
  return () => clearTimeout(handle);
};

export function createFrameBatcher(apply: (text: string) => void): FrameBatcher {
  let pending = '';
  let cancelScheduled: (() => void) | null = null;
  const flush = () => {
    cancelScheduled?.();
    cancelScheduled = null;
    if (pending === '') return;
    const text = pending;
    pending = '';
    apply(text);
  };
  return {
    push(text) {
      pending += text;
      cancelScheduled ??= schedule(flush);
    },
    flush,
    cancel() {
      cancelScheduled?.();
      cancelScheduled = null;
      pending = '';
    },
  };
}
