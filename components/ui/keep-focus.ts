/**
 * After a click that removes, moves or disables the focused control (Delete message, Move message
 * up, Remove tool…), keeps keyboard focus in place instead of letting it fall to the page body: the
 * control itself if it is still there and enabled (a moved turn), else the first fallback that is
 * (an element found at click time — its container may be gone by the next frame — or a function that
 * finds one then, for a control the change itself mounts).
 */
type Fallback = Element | null | undefined | (() => Element | null);

export function keepFocus(from: HTMLElement, ...fallbacks: Fallback[]): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active !== from) return; // focus went somewhere on purpose
    for (const fallback of [from, ...fallbacks]) {
      const target = typeof fallback === 'function' ? fallback() : fallback;
      if (target instanceof HTMLElement && target.isConnected && !target.matches(':disabled')) {
        target.focus();
        return;
      }
    }
  });
}
