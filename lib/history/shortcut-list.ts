/** Every keyboard shortcut of the playground, as data, for the `?` dialog (loaded with it). */

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
