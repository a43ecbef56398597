// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { branchPosition } from '@/lib/history/branches';
import { migratePlayground } from '@/lib/store/persisted-migrate';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { defaultPane } from '@/lib/store/settings-slice';
import { answerEvents, fakeChatServer } from './fake-chat-server';
import '../support/settle-lazy-store';

const store = usePlaygroundStore;
const MODEL = 'openai/gpt-oss-120b';

beforeEach(() => {
  store.setState(store.getInitialState(), true);
  store.setState({ panes: [defaultPane(MODEL)] });
});
afterEach(() => vi.unstubAllGlobals());

async function send(text: string) {
  store.getState().setDraft(text);
  const result = store.getState().submit();
  if (!result.ok) throw new Error(result.reason);
  await result.done;
}

const contents = () => store.getState().messages.map((m) => m.content);
const sentContents = (server: ReturnType<typeof fakeChatServer>) =>
  (server.calls.at(-1)?.request.messages ?? []).map((m) => m.content);

describe('the turn tree behind the conversation', () => {
  it('keeps messages equal to the visible path of the tree', async () => {
    fakeChatServer((r) => answerEvents(`re: ${String(r.messages.at(-1)?.content)}`, MODEL));
    await send('one');
    await send('two');
    expect(contents()).toEqual(['one', 're: one', 'two', 're: two']);
    expect(Object.keys(store.getState().tree.nodes)).toHaveLength(4);
  });

  it('editing an earlier user turn holds the edit; Submit branches and sends only the new branch', async () => {
    const server = fakeChatServer((r) => answerEvents(`re: ${String(r.messages.at(-1)?.content)}`, MODEL));
    await send('first');
    await send('second');
    const first = store.getState().messages[0]?.id ?? '';
    store.getState().updateContent(first, 'changed');
    // The shown conversation (and what Share would carry) is unchanged until Submit.
    expect(contents()).toEqual(['first', 're: first', 'second', 're: second']);
    expect(store.getState().pendingEdits).toEqual({ [first]: 'changed' });
    const result = store.getState().submit();
    if (!result.ok) throw new Error(result.reason);
    await result.done;
    expect(sentContents(server)).toEqual(['changed']);
    expect(contents()).toEqual(['changed', 're: changed']);
    const copy = store.getState().messages[0]?.id ?? '';
    expect(branchPosition(store.getState().tree, copy)).toMatchObject({ index: 2, count: 2 });
    store.getState().previousBranch(copy);
    expect(contents()).toEqual(['first', 're: first', 'second', 're: second']);
  });

  it('Branch from here copies a user turn as a new branch to edit; the old continuation stays', async () => {
    const server = fakeChatServer((r) => answerEvents(`re: ${String(r.messages.at(-1)?.content)}`, MODEL));
    await send('hello');
    const original = store.getState().messages[0]?.id ?? '';
    const copy = store.getState().branchFromTurn(original) ?? '';
    expect(contents()).toEqual(['hello']);
    store.getState().updateContent(copy, 'hola');
    expect(contents()).toEqual(['hola']);
    const result = store.getState().submit({ includeDraft: false });
    if (!result.ok) throw new Error(result.reason);
    await result.done;
    expect(sentContents(server)).toEqual(['hola']);
    store.getState().previousBranch(copy);
    expect(contents()).toEqual(['hello', 're: hello']);
    store.getState().nextBranch(original);
    expect(contents()).toEqual(['hola', 're: hola']);
  });

  it('Regenerate keeps the old answer as branch 1', async () => {
    let n = 0;
    fakeChatServer(() => answerEvents(`answer ${++n}`, MODEL));
    await send('q');
    const result = store.getState().regenerate();
    if (!result.ok) throw new Error(result.reason);
    await result.done;
    expect(contents()).toEqual(['q', 'answer 2']);
    const latest = store.getState().messages[1]?.id ?? '';
    expect(branchPosition(store.getState().tree, latest)).toMatchObject({ index: 2, count: 2 });
    store.getState().previousBranch(latest);
    expect(contents()).toEqual(['q', 'answer 1']);
  });

  it('Clear starts a new conversation id with an empty tree', async () => {
    fakeChatServer(() => answerEvents('ok', MODEL));
    await send('q');
    const before = store.getState().conversationId;
    store.getState().clear();
    expect(store.getState().conversationId).not.toBe(before);
    expect(store.getState().tree.roots).toEqual([]);
    expect(store.getState().messages).toEqual([]);
  });

  it('Delete and Move still edit a conversation without branches as a flat list', () => {
    const a = store.getState().addMessage('user', 'a');
    store.getState().addMessage('assistant', 'b');
    const c = store.getState().addMessage('user', 'c');
    store.getState().moveMessage(c, -1);
    expect(contents()).toEqual(['a', 'c', 'b']);
    store.getState().removeMessage(a);
    expect(contents()).toEqual(['c', 'b']);
    expect(Object.keys(store.getState().tree.nodes)).toHaveLength(2);
  });

  it('Move is refused across a branch point, so no turn ends up in two branches', async () => {
    let k = 0;
    fakeChatServer(() => answerEvents(`answer ${++k}`, MODEL));
    await send('q');
    const again = store.getState().regenerate();
    if (again.ok) await again.done;
    const [user, answer] = store.getState().messages;
    store.getState().moveMessage(answer?.id ?? '', -1);
    expect(store.getState().messages.map((m) => m.id)).toEqual([user?.id, answer?.id]);
    expect(Object.keys(store.getState().tree.nodes)).toHaveLength(3);
  });

  it('View code shows what Submit will send: the held edit as a branch, not the old continuation', async () => {
    fakeChatServer((r) => answerEvents(`re: ${String(r.messages.at(-1)?.content)}`, MODEL));
    await send('first');
    await send('second');
    store.getState().updateContent(store.getState().messages[0]?.id ?? '', 'edited');
    const request = store.getState().viewRequest();
    expect(request.messages.map((m) => m.content)).toEqual(['edited']);
    // Looking changes nothing.
    expect(contents()).toEqual(['first', 're: first', 'second', 're: second']);
  });

  it('a version 5 save (a flat conversation) comes back as a one-branch tree', () => {
    const messages = [
      { id: 'u1', role: 'user', content: 'hi' },
      { id: 'a1', role: 'assistant', content: 'hello' },
    ];
    const migrated = migratePlayground({ draft: '', messages, panes: [] }, 5);
    expect(migrated.tree?.roots).toEqual(['u1']);
    expect(migrated.tree?.nodes.u1?.children).toEqual(['a1']);
    expect('messages' in migrated).toBe(false);
  });
});
