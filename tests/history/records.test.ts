import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendTurn, branchFrom } from '@/lib/history/branches';
import { closeDatabase, configureDatabase } from '@/lib/history/db';
import {
  deleteConversation,
  getConversation,
  getKeepHistory,
  listHistory,
  openConversation,
  renameConversation,
  saveConversation,
  searchHistory,
  setKeepHistory,
} from '@/lib/history/records';
import { answerTurn, chatDraft, PNG_DATA_URL, settingsFor, userTurn } from './fixtures';

let n = 0;
beforeEach(() => {
  n += 1;
  configureDatabase({ name: `history-test-${n}` });
});
afterEach(closeDatabase);

async function titles() {
  const list = await listHistory();
  if (!list.ok) throw new Error(list.error.message);
  return list.value.map((s) => s.title);
}

describe('saving conversations', () => {
  it('keeps a conversation with its title (first user words), models and token totals', async () => {
    const long = 'Explain the difference between a process and a thread in an operating system kernel please';
    const result = await saveConversation(
      chatDraft('c1', 'Be brief.', [
        [long, 'A process…'],
        ['More?', 'Yes.'],
      ]),
      1000,
    );
    expect(result).toMatchObject({ ok: true, value: { saved: true } });
    const list = await listHistory();
    expect(list.ok && list.value).toEqual([
      {
        id: 'c1',
        kind: 'chat',
        title: 'Explain the difference between a process and a thread in an…',
        models: ['llama-3.3-70b-versatile'],
        createdAt: 1000,
        updatedAt: 1000,
        totals: { promptTokens: 20, completionTokens: 10, totalTokens: 30, costUsd: null },
      },
    ]);
  });

  it('lists newest first, and saving again under an id updates it (created date kept)', async () => {
    await saveConversation(chatDraft('a', '', [['first', 'x']]), 1000);
    await saveConversation(chatDraft('b', '', [['second', 'y']]), 2000);
    expect(await titles()).toEqual(['second', 'first']);
    await saveConversation(
      chatDraft('a', '', [
        ['first', 'x'],
        ['again', 'z'],
      ]),
      3000,
    );
    expect(await titles()).toEqual(['first', 'second']);
    const a = await getConversation('a');
    expect(a.ok && [a.value.createdAt, a.value.updatedAt, a.value.totals.totalTokens]).toEqual([
      1000, 3000, 30,
    ]);
  });

  it('saves nothing before the first answer, nor while "Keep history" is off', async () => {
    const unanswered = { ...chatDraft('q', '', []), threads: [] };
    expect(await saveConversation(unanswered)).toEqual({
      ok: true,
      value: { saved: false, reason: 'no-answer' },
    });
    expect(await getKeepHistory()).toEqual({ ok: true, value: true });
    await setKeepHistory(false);
    expect(await getKeepHistory()).toEqual({ ok: true, value: false });
    expect(await saveConversation(chatDraft('c', '', [['hi', 'hello']]))).toEqual({
      ok: true,
      value: { saved: false, reason: 'history-off' },
    });
    expect(await titles()).toEqual([]);
    await setKeepHistory(true);
    await saveConversation(chatDraft('c', '', [['hi', 'hello']]));
    expect(await titles()).toEqual(['hi']);
  });

  it('stores uploaded images as Blobs and gives them back as the same data URL', async () => {
    const draft = chatDraft('img', '', [['look', 'a pixel']]);
    const withImage = appendTurn(
      draft.threads[0]!,
      userTurn('img-u9', 'and this', [PNG_DATA_URL, 'https://x.test/a.png']),
    );
    await saveConversation({ ...draft, threads: [appendTurn(withImage, answerTurn('img-a9', 'ok'))] });
    const stored = await getConversation('img');
    const images = stored.ok ? stored.value.threads[0]!.nodes['img-u9']!.turn.images : undefined;
    expect(images?.[0]).toBeInstanceOf(Blob);
    expect((images?.[0] as Blob | undefined)?.type).toBe('image/png');
    expect(images?.[1]).toBe('https://x.test/a.png');
    const opened = await openConversation('img');
    expect(opened.ok && opened.value.threads[0]!.nodes['img-u9']!.turn.images).toEqual([
      PNG_DATA_URL,
      'https://x.test/a.png',
    ]);
  });

  it('keeps every branch and restores the settings as saved', async () => {
    const draft = chatDraft('br', 'System A', [['User turn 1', 'answer 1']], 'openai/gpt-oss-120b');
    let tree = branchFrom(draft.threads[0]!, 'br-u0', 'br-u0b', (t) => ({
      ...t,
      content: 'User turn 1, edited',
    }));
    tree = appendTurn(tree, answerTurn('br-a0b', 'answer 2', [7, 3]));
    await saveConversation({ ...draft, threads: [tree] });
    const opened = await openConversation('br');
    expect(opened.ok && Object.keys(opened.value.threads[0]!.nodes).sort()).toEqual([
      'br-a0',
      'br-a0b',
      'br-u0',
      'br-u0b',
    ]);
    expect(opened.ok && opened.value.settings).toEqual(settingsFor('openai/gpt-oss-120b'));
    expect(opened.ok && opened.value.system).toBe('System A');
    expect(opened.ok && opened.value.totals.totalTokens).toBe(25);
  });

  it('refuses to save a draft whose tree is broken, naming the thread and the turn', async () => {
    const draft = chatDraft('bad-tree', '', [['hi', 'hello']]);
    const [thread] = draft.threads;
    const broken = { ...thread!, roots: [...thread!.roots, 'ghost'] };
    const result = await saveConversation({ ...draft, threads: [broken] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ kind: 'invalid' });
    expect(!result.ok && result.error.message).toBe(
      'this conversation was not saved to History: threads.0: turn ghost is listed but missing.',
    );
    expect(await titles()).toEqual([]);
  });

  it('opening a stored record that does not validate says which field, and gives nothing to open', async () => {
    const draft = chatDraft('bad', '', [['hi', 'hello']]);
    const settings = { ...draft.settings, parameters: { ...draft.settings.parameters, temperature: 9 } };
    // Saving trusts the workbench's types; what comes back out of IndexedDB is checked.
    expect(await saveConversation({ ...draft, settings })).toMatchObject({ ok: true });
    const result = await openConversation('bad');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ kind: 'invalid' });
    expect(!result.ok && result.error.message).toMatch(
      /^This conversation in History cannot be opened: settings\.parameters\.temperature: /,
    );
  });
});

describe('renaming, deleting, searching', () => {
  it('a renamed title survives later saves; an empty title is refused', async () => {
    await saveConversation(chatDraft('r', '', [['original words', 'x']]));
    expect(await renameConversation('r', '  ')).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await renameConversation('r', '  My   title ')).toMatchObject({
      ok: true,
      value: { title: 'My title' },
    });
    await saveConversation(
      chatDraft('r', '', [
        ['original words', 'x'],
        ['more', 'y'],
      ]),
    );
    expect(await titles()).toEqual(['My title']);
  });

  it('deletes one conversation; reading it afterwards says it is gone', async () => {
    await saveConversation(chatDraft('d1', '', [['one', 'x']]), 1);
    await saveConversation(chatDraft('d2', '', [['two', 'x']]), 2);
    expect(await deleteConversation('d1')).toEqual({ ok: true, value: undefined });
    expect(await titles()).toEqual(['two']);
    const gone = await getConversation('d1');
    expect(!gone.ok && gone.error.kind).toBe('not-found');
    expect(!gone.ok && gone.error.message).toMatch(/no longer in History/);
    expect(await renameConversation('d1', 'x')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('finds any text, ignoring case: system, turns, answers of any branch; all words must match', async () => {
    await saveConversation(chatDraft('s1', 'You are a PIRATE.', [['weather in Paris', 'Sunny']]), 1);
    await saveConversation(chatDraft('s2', 'You are a poet.', [['a haiku', 'Autumn moon rises']]), 2);
    const hidden = chatDraft('s3', '', [['question', 'visible answer']]);
    const branched = branchFrom(hidden.threads[0]!, 's3-a0', 's3-a0b', (t) => ({
      ...t,
      content: 'zebra stripes',
    }));
    await saveConversation({ ...hidden, threads: [branched] }, 3);
    const ids = async (q: string) => {
      const r = await searchHistory(q);
      return r.ok ? r.value.map((s) => s.id) : r.error.message;
    };
    expect(await ids('pirate')).toEqual(['s1']);
    expect(await ids('AUTUMN moon')).toEqual(['s2']);
    expect(await ids('visible answer')).toEqual(['s3']);
    expect(await ids('Zebra')).toEqual(['s3']);
    expect(await ids('pirate haiku')).toEqual([]);
    expect(await ids('  ')).toEqual(['s3', 's2', 's1']);
  });
});
