/**
 * AbortControllers cannot live in state (they are not data), so a run holds an id and this registry
 * holds the controller while the run streams. Nothing else is kept here.
 */
const handles = new Map<string, AbortController>();
let counter = 0;

export function createAbortHandle(): string {
  counter += 1;
  const id = `abort-${counter}`;
  handles.set(id, new AbortController());
  return id;
}

export function abortSignal(id: string): AbortSignal {
  return (handles.get(id) ?? new AbortController()).signal;
}

export function abortHandle(id: string): void {
  handles.get(id)?.abort();
}

export function releaseAbortHandle(id: string): void {
  handles.delete(id);
}
