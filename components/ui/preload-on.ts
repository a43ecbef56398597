/** Event handlers that start a load early; a failed early load is retried when the part is opened. */
export function preloadOn(load: () => Promise<unknown>) {
  const start = () => {
    load().catch(() => undefined);
  };
  return { onPointerEnter: start, onFocus: start };
}
