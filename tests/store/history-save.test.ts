// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { branchPosition } from '@/lib/history/branches';
import { closeDatabase, configureDatabase } from '@/lib/history/db';
import { listHistory, openConversation, searchHistory } from '@/lib/history/records';
import { historyDraft } from '@/lib/store/history-draft';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { defaultPane } from '@/lib/store/settings-slice';
import { answerEvents, fakeChatServer } from './fake-chat-server';
import '../support/settle-lazy-store';

const store = usePlaygroundStore;
const MODEL = 'openai/gpt-oss-120b';
let n = 0;

beforeEach(() => {
  n += 1;
  configureDatabase({ name: `store-history-${n}` });
  store.setState(store.getInitialState(), true);
  store.setState({ panes: [{ ...defaultPane(MODEL), temperature: 0.3 }] });
});
afterEach(() => {
  closeDatabase();
  vi.unstubAllGlobals();
});

async function send(text: string) {
  store.getState().setDraft(text);
  const result = store.getState().submit();
  if (!result.ok) throw new Error(result.reason);
  await result.done;
}

/** The run's save is started as it ends; this waits for it to land. */
async function saved(count: number) {
  await vi.waitFor(async () => {
    const list = await listHistory();
    if (!list.ok || list.value.length !== count) throw new Error('not saved yet');
  });
}

describe('History from the workbench', () => {
  it('saves each conversation as its answer ends; Clear starts a new one and keeps the old', async () => {
    fakeChatServer(() => answerEvents('Arr.', MODEL));
    store.getState().setSystem('You are a pirate.');
    await send('Where is the map?');
    await saved(1);
    store.getState().clear();
    store.getState().setSystem('You are a botanist.');
    await send('How do ferns grow?');
    await saved(2);
    const found = await searchHistory('map');
    expect(found.ok && found.value.map((r) => r.title)).toEqual(['Where is the map?']);
  });

  it('opening a record restores System, settings and every branch with its ids', async () => {
    let k = 0;
    fakeChatServer(() => answerEvents(`answer ${++k}`, MODEL));
    store.getState().setSystem('Be exact.');
    await send('Question');
    const regenerated = store.getState().regenerate();
    if (regenerated.ok) await regenerated.done;
    await saved(1);
    const id = store.getState().conversationId;
    const visible = store.getState().messages.map((m) => m.id);

    store.getState().clear();
    store.getState().setSystem('Something else');
    const record = await openConversation(id);
    if (!record.ok) throw new Error(record.error.message);
    await store.getState().openRecord(record.value);

    const s = store.getState();
    expect(s.system).toBe('Be exact.');
    expect(s.panes[0]).toMatchObject({ model: MODEL, temperature: 0.3 });
    expect(s.conversationId).toBe(id);
    expect(s.messages.map((m) => m.id)).toEqual(visible);
    expect(s.messages.map((m) => m.content)).toEqual(['Question', 'answer 2']);
    expect(branchPosition(s.tree, visible[1] as string)).toMatchObject({ index: 2, count: 2 });
    // A reopened answer has its request again (Inspect and Regenerate need it).
    expect(s.messages[1]?.answer?.request.messages.at(-1)).toMatchObject({ content: 'Question' });
  });

  it('a conversation without an answer is not saved, and an answer still streaming is saved as stopped', async () => {
    store.getState().addMessage('user', 'draft only');
    await store.getState().saveHistory();
    const list = await listHistory();
    expect(list.ok && list.value).toHaveLength(0);
    store.setState((s) => ({
      messages: [
        ...s.messages,
        {
          id: 'a',
          role: 'assistant',
          content: 'partial',
          answer: { status: 'streaming', model: MODEL, sentAt: 1, request: { model: MODEL, messages: [] } },
        },
      ],
    }));
    const draft = historyDraft({ ...store.getState() });
    const turn = Object.values(draft.threads[0]?.nodes ?? {}).find((node) => node.turn.id === 'a')?.turn;
    expect(turn?.answer?.status).toBe('stopped');
  });

  it('a finished Run all is kept as its own record, with its rows and the template as its title', async () => {
    fakeChatServer(() => answerEvents('The Louvre', MODEL));
    store.setState({ draft: 'Name a landmark in {{city}}' });
    store.getState().setDatasetText('city\nParis\nRome');
    const run = await store.getState().runDataset();
    if (!run.ok) throw new Error(run.reason);
    await run.done;
    await saved(1);
    const list = await listHistory();
    const summary = list.ok ? list.value[0] : undefined;
    expect(summary).toMatchObject({
      kind: 'dataset-run',
      title: 'Run all, 2 rows: Name a landmark in {{city}}',
    });
    const record = await openConversation(summary?.id ?? '');
    expect(record.ok && record.value.rows?.map((r) => [r.values.city, r.status, r.answer])).toEqual([
      ['Paris', 'done', 'The Louvre'],
      ['Rome', 'done', 'The Louvre'],
    ]);
  });

  it('a failed save leaves a notice and changes nothing else', async () => {
    fakeChatServer(() => answerEvents('ok', MODEL));
    await send('hello');
    await saved(1);
    // No IndexedDB at all (as some private windows): the save fails, the work stays.
    configureDatabase({ name: `store-history-broken-${n}`, options: { indexedDB: undefined } });
    const before = store.getState().messages;
    await store.getState().saveHistory();
    expect(store.getState().historyNotice).toMatch(/History can't be saved in this browser window/);
    expect(store.getState().messages).toBe(before);
  });
});
