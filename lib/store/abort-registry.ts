/**
 * The one abort registry. AbortControllers are not data, so a Run holds the id of its handle and the
 * registry holds the controller while the run works. Each store makes its own registry (in the runs
 * slice), so nothing about a run lives at module level. Several runs may share one handle (the rows of
 * one Run all): aborting the handle aborts all of them.
 */
export interface AbortRegistry {
  /** A new handle; `id` replaces (and aborts) a handle of the same id still open. */
  open: (id: string) => AbortSignal;
  abort: (id: string) => void;
  release: (id: string) => void;
  isOpen: (id: string) => boolean;
}

export function createAbortRegistry(): AbortRegistry {
  const handles = new Map<string, AbortController>();
  return {
    open: (id) => {
      handles.get(id)?.abort();
      const controller = new AbortController();
      handles.set(id, controller);
      return controller.signal;
    },
    abort: (id) => handles.get(id)?.abort(),
    release: (id) => {
      handles.delete(id);
    },
    isOpen: (id) => handles.has(id),
  };
}
