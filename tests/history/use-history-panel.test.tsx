// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryPanel } from '@/components/history/history-panel';
import { useHistoryPanel } from '@/components/history/use-history-panel';
import { closeDatabase, configureDatabase } from '@/lib/history/db';
import type { HistoryRecord } from '@/lib/history/record-schema';
import { getKeepHistory, saveConversation } from '@/lib/history/records';
import { chatDraft } from './fixtures';

let n = 0;
beforeEach(() => {
  n += 1;
  configureDatabase({ name: `panel-test-${n}` });
});
afterEach(() => {
  cleanup();
  closeDatabase();
});

function Harness({
  onOpenRecord,
  download,
}: {
  onOpenRecord: (r: HistoryRecord<string>) => void;
  download: (name: string, text: string) => void;
}) {
  const panel = useHistoryPanel({ open: true, onOpenRecord, download });
  return <HistoryPanel open onClose={() => {}} {...panel} />;
}

async function setup() {
  await saveConversation(
    chatDraft('first', 'You are a pirate.', [['Where is the treasure?', 'Arr, buried.']]),
    1,
  );
  await saveConversation(chatDraft('second', 'You are a poet.', [['Write a haiku', 'Autumn moon']]), 2);
  const onOpenRecord = vi.fn();
  const download = vi.fn();
  render(<Harness onOpenRecord={onOpenRecord} download={download} />);
  await screen.findByRole('list', { name: 'Conversations' });
  return { user: userEvent.setup(), onOpenRecord, download };
}

const titles = () =>
  within(screen.getByRole('list', { name: 'Conversations' }))
    .getAllByRole('listitem')
    .map((li) => document.getElementById(li.getAttribute('aria-labelledby') ?? '')?.textContent);

describe('History panel on IndexedDB', () => {
  it('lists newest first; Search history shows only the matching conversation; Open gives its record', async () => {
    const { user, onOpenRecord } = await setup();
    expect(titles()).toEqual(['Write a haiku', 'Where is the treasure?']);
    await user.type(screen.getByRole('searchbox', { name: 'Search history' }), 'PIRATE');
    await waitFor(() => expect(titles()).toEqual(['Where is the treasure?']));
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(onOpenRecord).toHaveBeenCalledTimes(1));
    expect(onOpenRecord.mock.calls[0]?.[0]).toMatchObject({ id: 'first', system: 'You are a pirate.' });
  });

  it('renames and deletes through storage, and the list follows', async () => {
    const { user } = await setup();
    const item = screen.getByRole('listitem', { name: 'Write a haiku' });
    await user.click(within(item).getByRole('button', { name: 'Rename' }));
    await user.clear(screen.getByRole('textbox', { name: 'New title' }));
    await user.type(screen.getByRole('textbox', { name: 'New title' }), 'Haiku{Enter}');
    await waitFor(() => expect(titles()).toEqual(['Haiku', 'Where is the treasure?']));
    await user.click(
      within(screen.getByRole('listitem', { name: 'Haiku' })).getByRole('button', { name: 'Delete' }),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Delete Haiku?' })).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(titles()).toEqual(['Where is the treasure?']));
  });

  it('exports one conversation as a named JSON file, and Keep history is saved', async () => {
    const { user, download } = await setup();
    await user.click(
      within(screen.getByRole('listitem', { name: 'Write a haiku' })).getByRole('button', { name: 'Export' }),
    );
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toBe('history-write-a-haiku.json');
    expect(JSON.parse(text).conversations[0].id).toBe('second');
    await user.click(screen.getByRole('switch', { name: 'Keep history' }));
    await waitFor(async () => expect(await getKeepHistory()).toEqual({ ok: true, value: false }));
    expect(screen.getByRole('switch', { name: 'Keep history' }).getAttribute('aria-checked')).toBe('false');
  });

  it('imports a file and says what it did; a bad file is explained', async () => {
    const { user } = await setup();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const bad = new File(['{"nope": 1}'], 'x.json', { type: 'application/json' });
    await user.upload(input, bad);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This is not a History export/);
    const file = JSON.stringify({
      format: 'groq-playground-history',
      version: 1,
      conversations: [],
    });
    await user.upload(input, new File([file], 'h.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByText('Imported 0 conversations.')).toBeDefined());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
