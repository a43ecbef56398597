// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PromptsPanel, type PromptsPanelProps } from '@/components/history/prompts-panel';
import type { PromptSummary } from '@/lib/history/prompt-schema';

afterEach(cleanup);

const prompts: PromptSummary[] = [
  {
    name: 'Travel guide',
    updatedAt: 2,
    versions: [
      { version: 1, label: 'version 1', savedAt: Date.UTC(2026, 10, 1), changes: 'First version' },
      { version: 2, label: 'version 2', savedAt: Date.UTC(2026, 11, 1), changes: 'System: +2 words' },
    ],
  },
];

function setup(props: Partial<PromptsPanelProps> = {}) {
  const handlers = {
    onClose: vi.fn(),
    onOpen: vi.fn(),
    onDelete: vi.fn(),
    onExport: vi.fn(),
    onExportAll: vi.fn(),
    onImport: vi.fn(),
    onShare: vi.fn(),
  };
  render(<PromptsPanel open prompts={prompts} {...handlers} {...props} />);
  return { user: userEvent.setup(), handlers };
}

describe('PromptsPanel', () => {
  it('lists each prompt with its versions, dates and one-line diffs', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Prompts' });
    const versions = within(dialog).getByRole('list', { name: 'Versions of Travel guide' });
    const v1 = within(versions).getByRole('listitem', { name: 'version 1' });
    expect(v1.textContent).toMatch(/2026.*First version/);
    expect(within(versions).getByRole('listitem', { name: 'version 2' }).textContent).toMatch(
      /System: \+2 words/,
    );
  });

  it('opens and shares one version', async () => {
    const { user, handlers } = setup();
    const v1 = screen.getByRole('listitem', { name: 'version 1' });
    await user.click(within(v1).getByRole('button', { name: 'Open' }));
    expect(handlers.onOpen).toHaveBeenCalledWith('Travel guide', 1);
    await user.click(
      within(screen.getByRole('listitem', { name: 'version 2' })).getByRole('button', { name: 'Share link' }),
    );
    expect(handlers.onShare).toHaveBeenCalledWith('Travel guide', 2);
  });

  it('exports a prompt, deletes it after a confirmation, and Cancel keeps it', async () => {
    const { user, handlers } = setup();
    const entry = screen.getByRole('listitem', { name: 'Travel guide' });
    await user.click(within(entry).getAllByRole('button', { name: 'Export' })[0]!);
    expect(handlers.onExport).toHaveBeenCalledWith('Travel guide');
    await user.click(within(entry).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('group', { name: 'Delete Travel guide?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(handlers.onDelete).not.toHaveBeenCalled();
    await user.click(within(entry).getByRole('button', { name: 'Delete' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Delete Travel guide?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect(handlers.onDelete).toHaveBeenCalledWith('Travel guide');
  });

  it('without prompts: an empty state and Export all disabled; errors are alerts', () => {
    setup({ prompts: [], onShare: undefined, error: 'Storage is full: the prompt was not saved.' });
    expect(screen.getByRole('status').textContent).toMatch(/^No saved prompts yet/);
    expect(screen.getByRole('button', { name: 'Export all' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('alert').textContent).toBe('Storage is full: the prompt was not saved.');
    expect(screen.queryByRole('button', { name: 'Share link' })).toBeNull();
  });
});
