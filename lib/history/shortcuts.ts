/**
 * Every keyboard shortcut of the playground, as data: the `?` dialog lists them, and the page-wide
 * handler asks `shortcutFor(event)` which one a key press is. History and Prompts use Alt+Shift (Option+
 * Shift): Ctrl+Shift+P opens a private window in Firefox and Ctrl+Shift+H its history library, and
 * a page cannot take those keys back. Alt combinations are matched by `code`, since Option changes
 * `key` on a Mac.
 */
export type ShortcutAction = 'history' | 'prompts' | 'shortcuts';

export interface Shortcut {
  /** Key combinations, each shown as its keys ("Ctrl+Enter", "⌘+Enter"). */
  keys: string[];
  action: string;
  /** Where it works, when not everywhere. */
  where?: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Ctrl+Enter', '⌘+Enter'], action: 'Submit', where: 'in the Message or System box' },
  {
    keys: ['Ctrl+Enter', '⌘+Enter'],
    action: 'Transcribe or generate speech',
    where: 'in Speech to Text and Text to Speech',
  },
  { keys: ['Esc'], action: 'Stop the answer while it streams', where: 'outside dialogs' },
  { keys: ['Esc'], action: 'Close the dialog or menu' },
  { keys: ['Alt+Shift+H', '⌥+Shift+H'], action: 'Open History' },
  { keys: ['Alt+Shift+P', '⌥+Shift+P'], action: 'Open Prompts' },
  { keys: ['?'], action: 'Show keyboard shortcuts', where: 'outside text fields' },
  { keys: ['Enter'], action: 'Add the typed stop sequence', where: 'in Stop Sequences' },
  { keys: ['Enter'], action: 'Attach the image URL', where: 'in Image URL' },
  { keys: ['←', '→', 'Home', 'End'], action: 'Move between tabs' },
  { keys: ['↑', '↓', 'Home', 'End'], action: 'Move between menu items' },
];

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
