/**
 * The parts of the playground a first visit does not download, each with its loader, so the control
 * that opens one can start fetching it when the pointer reaches it (or it takes focus): by the time
 * it is clicked the chunk is usually there, and opening it shows no delay.
 */
export const loadCompareView = () => import('./compare-view');
export const loadViewCodeDialog = () => import('./view-code-dialog');
export const loadSpeechWorkbench = () => import('@/components/speech/speech-workbench');

/** Event handlers that start a load early; a failed early load is retried when the part is opened. */
export function preloadOn(load: () => Promise<unknown>) {
  const start = () => {
    load().catch(() => undefined);
  };
  return { onPointerEnter: start, onFocus: start };
}
