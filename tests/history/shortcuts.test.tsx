// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShortcutsDialog } from '@/components/history/shortcuts-dialog';
import { shortcutFor } from '@/lib/history/shortcuts';

afterEach(cleanup);

const press = (key: string, patch: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
  shortcutFor({
    key,
    code: '',
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    target: document.body,
    ...patch,
  });

describe('shortcutFor', () => {
  it('Alt+Shift+H opens History and Alt+Shift+P Prompts, by key code (Option changes the key on a Mac)', () => {
    expect(press('˝', { code: 'KeyH', altKey: true, shiftKey: true })).toBe('history');
    expect(press('∏', { code: 'KeyP', altKey: true, shiftKey: true })).toBe('prompts');
    expect(press('P', { code: 'KeyP', ctrlKey: true, shiftKey: true })).toBeNull();
    expect(press('h', { code: 'KeyH', altKey: true })).toBeNull();
  });

  it('? opens the shortcuts, except while typing in a text field', () => {
    expect(press('?', { shiftKey: true })).toBe('shortcuts');
    const textarea = document.createElement('textarea');
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(press('?', { shiftKey: true, target: textarea })).toBeNull();
    expect(press('?', { shiftKey: true, target: input })).toBeNull();
    expect(press('?', { shiftKey: true, target: checkbox })).toBe('shortcuts');
  });
});

describe('ShortcutsDialog', () => {
  it('lists every shortcut with its keys, including Submit, Stop, History and Prompts', () => {
    render(<ShortcutsDialog open onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toContain('Ctrl+Enter or ⌘+EnterSubmit (in the Message or System box)');
    expect(rows).toContain('EscStop the answer while it streams (outside dialogs)');
    expect(rows).toContain('Alt+Shift+H or ⌥+Shift+HOpen History');
    expect(rows).toContain('Alt+Shift+P or ⌥+Shift+POpen Prompts');
    expect(rows).toContain('?Show keyboard shortcuts (outside text fields)');
  });
});
