// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryPanel, type HistoryPanelProps } from '@/components/history/history-panel';
import type { HistorySummary } from '@/lib/history/record-schema';

afterEach(cleanup);

const item = (id: string, title: string, patch: Partial<HistorySummary> = {}): HistorySummary => ({
  id,
  kind: 'chat',
  title,
  models: ['llama-3.3-70b-versatile'],
  createdAt: Date.UTC(2026, 11, 1),
  updatedAt: Date.UTC(2026, 11, 1),
  totals: { promptTokens: 1000, completionTokens: 234, totalTokens: 1234, costUsd: null },
  ...patch,
});

function setup(props: Partial<HistoryPanelProps> = {}) {
  const handlers = {
    onOpen: vi.fn(),
    onRename: vi.fn<HistoryPanelProps['onRename']>(async () => null),
    onDelete: vi.fn(),
    onExport: vi.fn(),
    onExportAll: vi.fn(),
    onImport: vi.fn(),
    onKeepHistoryChange: vi.fn(),
    onClose: vi.fn(),
    onQueryChange: vi.fn(),
  };
  const items = [
    item('b', 'Weather in Paris', {
      kind: 'compare',
      models: ['a-model', 'b-model'],
      totals: { promptTokens: 1, completionTokens: 1, totalTokens: 2, costUsd: 0.0042 },
    }),
    item('a', 'A haiku about autumn'),
  ];
  const view = render(<HistoryPanel open items={items} query="" keepHistory {...handlers} {...props} />);
  return { user: userEvent.setup(), handlers, view };
}

/** The panel with its search text kept, as the integration will keep it. */
function Controlled() {
  const [query, setQuery] = useState('');
  return (
    <HistoryPanel
      open
      items={[]}
      query={query}
      onQueryChange={setQuery}
      keepHistory
      onKeepHistoryChange={vi.fn()}
      onClose={vi.fn()}
      onOpen={vi.fn()}
      onRename={vi.fn()}
      onDelete={vi.fn()}
      onExport={vi.fn()}
      onExportAll={vi.fn()}
      onImport={vi.fn()}
    />
  );
}

const row = (title: string) => screen.getByRole('listitem', { name: title });

describe('HistoryPanel', () => {
  it('is a dialog named History listing conversations in the order given, with model, date, tokens and cost', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'History' });
    const items = within(within(dialog).getByRole('list', { name: 'Conversations' })).getAllByRole(
      'listitem',
    );
    expect(
      items.map((li) => document.getElementById(li.getAttribute('aria-labelledby') ?? '')?.textContent),
    ).toEqual(['Weather in Paris', 'A haiku about autumn']);
    expect(row('Weather in Paris').textContent).toMatch(/Compare/);
    expect(row('Weather in Paris').textContent).toMatch(/a-model, b-model · .*2026.* · 2 tokens · \$0\.0042/);
    expect(row('A haiku about autumn').textContent).toMatch(/1,234 tokens · cost unknown/);
  });

  it('each item opens, exports and deletes after a confirmation', async () => {
    const { user, handlers } = setup();
    await user.click(within(row('Weather in Paris')).getByRole('button', { name: 'Open' }));
    expect(handlers.onOpen).toHaveBeenCalledWith('b');
    await user.click(within(row('A haiku about autumn')).getByRole('button', { name: 'Export' }));
    expect(handlers.onExport).toHaveBeenCalledWith('a');
    await user.click(within(row('A haiku about autumn')).getByRole('button', { name: 'Delete' }));
    expect(handlers.onDelete).not.toHaveBeenCalled();
    const confirm = screen.getByRole('group', { name: 'Delete A haiku about autumn?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(handlers.onDelete).toHaveBeenCalledWith('a');
  });

  it('renames with the keyboard; an empty title is refused in words; a failure from storage is shown', async () => {
    const { user, handlers } = setup();
    await user.click(within(row('A haiku about autumn')).getByRole('button', { name: 'Rename' }));
    const field = screen.getByRole('textbox', { name: 'New title' });
    expect(document.activeElement).toBe(field);
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      'A conversation needs a title: type at least one character.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(handlers.onRename).not.toHaveBeenCalled();
    handlers.onRename.mockResolvedValueOnce('Storage is full: the conversation was not renamed.');
    await user.type(field, 'Autumn poems{Enter}');
    expect(handlers.onRename).toHaveBeenCalledWith('a', 'Autumn poems');
    expect(screen.getByRole('alert').textContent).toMatch(/^Storage is full/);
    await user.click(screen.getByRole('button', { name: 'Save title' }));
    expect(screen.queryByRole('textbox', { name: 'New title' })).toBeNull();
  });

  it('the Search history box reports what is typed', async () => {
    render(<Controlled />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search history' }), 'paris');
    expect(screen.getByRole('status').textContent).toBe('No conversation matches “paris”.');
  });

  it('shows an empty state, the storage notice, and the Keep history switch', async () => {
    const { user, handlers } = setup({
      items: [],
      error: "History can't be saved in this browser window: …",
    });
    expect(screen.getByRole('status').textContent).toMatch(/^No conversations yet/);
    expect(screen.getByRole('alert').textContent).toMatch(/^History can't be saved in this browser window/);
    const keep = screen.getByRole('switch', { name: 'Keep history' });
    expect(keep.getAttribute('aria-checked')).toBe('true');
    await user.click(keep);
    expect(handlers.onKeepHistoryChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('button', { name: 'Export all' })).toHaveProperty('disabled', true);
  });

  it('Export all and Import hand over the request and the chosen file', async () => {
    const { user, handlers, view } = setup();
    await user.click(screen.getByRole('button', { name: 'Export all' }));
    expect(handlers.onExportAll).toHaveBeenCalledTimes(1);
    const input = view.container.ownerDocument.querySelector('input[type=file]') as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(click).toHaveBeenCalled();
    const file = new File(['{}'], 'history.json', { type: 'application/json' });
    await user.upload(input, file);
    expect(handlers.onImport).toHaveBeenCalledWith(file);
  });

  it('Close and Escape ask the parent to close it', async () => {
    const { user, handlers } = setup();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.keyboard('{Escape}');
    expect(handlers.onClose).toHaveBeenCalledTimes(2);
  });
});
