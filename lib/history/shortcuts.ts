/**
 * Which page-wide shortcut a key press is: small, as it works from the first keystroke (the list the
 * `?` dialog shows is shortcut-list.ts, loaded with the dialog). History and Prompts use Alt+Shift
 * (Option+Shift): Ctrl+Shift+P opens a private window in Firefox and Ctrl+Shift+H its history
 * library, and a page cannot take those keys back. Alt combinations are matched by `code`, since
 * Option changes `key` on a Mac.
 */
export type ShortcutAction = 'history' | 'prompts' | 'shortcuts';

/** The `aria-keyshortcuts` value of the control each page-wide shortcut opens. */
export const ARIA_KEYSHORTCUTS: Record<ShortcutAction, string> = {
  history: 'Alt+Shift+H',
  prompts: 'Alt+Shift+P',
  shortcuts: 'Shift+?',
};

interface KeyLike {
  key: string;
  code?: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

function isTextField(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  const input = target.closest('input');
  return input !== null && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range'].includes(input.type);
}

/** Which page-wide shortcut a key press is, or null (then the page leaves the key alone). */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
    if (event.code === 'KeyH') return 'history';
    if (event.code === 'KeyP') return 'prompts';
  }
  if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextField(event.target))
    return 'shortcuts';
  return null;
}
