// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { PlaygroundState } from '@/lib/store/playground-types';
import { defaultPane } from '@/lib/store/settings-slice';
import { answerEvents, fakeChatServer } from './fake-chat-server';
import '../support/settle-lazy-store';

const store = usePlaygroundStore;
const PNG_URL = 'https://example.com/cat.png';

/** Everything but the actions: what a refusal must leave exactly as it was. */
function data(s: PlaygroundState) {
  return JSON.parse(JSON.stringify(s)) as unknown;
}

beforeEach(() => {
  store.setState(store.getInitialState(), true);
  store.setState({ panes: [defaultPane('openai/gpt-oss-120b')] });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('submit', () => {
  it('sends the composer text as a user turn and streams the answer into a run', async () => {
    const server = fakeChatServer(() => answerEvents('Hello there', 'openai/gpt-oss-120b'));
    store.getState().setDraft('Hi');
    const result = store.getState().submit();
    expect(result.ok).toBe(true);
    expect(store.getState().draft).toBe('');
    const [run] = Object.values(store.getState().runs);
    expect(run).toMatchObject({ status: 'running', input: { model: 'openai/gpt-oss-120b' } });
    if (result.ok) await result.done;
    expect(server.calls).toHaveLength(1);
    const [user, answer] = store.getState().messages;
    expect(user).toMatchObject({ role: 'user', content: 'Hi' });
    expect(answer).toMatchObject({ role: 'assistant', content: 'Hello there', answer: { status: 'done' } });
    expect(answer?.answer?.streamedTokens).toBe(2);
    expect(Object.values(store.getState().runs)[0]?.status).toBe('done');
  });

  it.each([
    ['nothing to send', () => {}, /no message to send/],
    [
      'an invalid tool',
      () =>
        store.setState({ draft: 'Hi', tools: [{ id: 't', name: '', description: '', parameters: '{}' }] }),
      /Tool 1 has a problem/,
    ],
    [
      'an invalid JSON Schema',
      () => {
        store.setState({ draft: 'Hi' });
        store.getState().setParameter(0, 'responseFormat', 'json_schema');
        store.getState().setParameter(0, 'jsonSchema', '{oops');
      },
      /not valid JSON/,
    ],
    [
      'a field that cannot be sent',
      () => {
        store.setState({ draft: 'Hi' });
        store.getState().setFieldProblem('Seed', 'The seed must be a whole number.');
      },
      /Seed: The seed must be a whole number/,
    ],
    [
      'an image for a text-only model',
      () => store.setState({ draft: 'What is it?', draftImages: [PNG_URL] }),
      /does not accept images/,
    ],
  ])('refuses %s and changes nothing', (_name, arrange, reason) => {
    const server = fakeChatServer(() => answerEvents('never'));
    arrange();
    const before = data(store.getState());
    const result = store.getState().submit();
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
    expect(data(store.getState())).toEqual(before);
    expect(server.calls).toHaveLength(0);
  });

  it('refuses while an answer streams, changing nothing', async () => {
    const server = fakeChatServer();
    store.getState().setDraft('Hi');
    const first = store.getState().submit();
    store.getState().setDraft('Again');
    const before = data(store.getState());
    expect(store.getState().submit()).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/still streaming/),
    });
    expect(data(store.getState())).toEqual(before);
    // The request goes out once the streaming client has loaded (a dynamic import).
    await vi.waitFor(() => expect(server.calls).toHaveLength(1));
    server.calls[0]?.close();
    if (first.ok) await first.done;
  });
});

describe('stop', () => {
  it('marks the answer stopped and keeps what arrived', async () => {
    const server = fakeChatServer();
    store.getState().setDraft('Hi');
    const result = store.getState().submit();
    await vi.waitFor(() => expect(server.calls).toHaveLength(1));
    server.calls[0]?.push({ event: 'delta', data: { content: 'Part' } });
    await new Promise((r) => setTimeout(r, 40));
    store.getState().stop();
    if (result.ok) await result.done;
    const answer = store.getState().messages.at(-1);
    expect(answer).toMatchObject({ content: 'Part', answer: { status: 'stopped' } });
    expect(server.calls[0]?.aborted()).toBe(true);
  });
});

describe('regenerate', () => {
  async function answered() {
    fakeChatServer(() => answerEvents('First answer'));
    store.getState().setDraft('Hi');
    const result = store.getState().submit();
    if (result.ok) await result.done;
    vi.unstubAllGlobals();
  }

  it('replaces the last answer', async () => {
    await answered();
    const server = fakeChatServer(() => answerEvents('Second answer'));
    const result = store.getState().regenerate();
    if (result.ok) await result.done;
    expect(server.calls[0]?.request.messages).toEqual([{ role: 'user', content: 'Hi' }]);
    expect(store.getState().messages.map((m) => m.content)).toEqual(['Hi', 'Second answer']);
  });

  it('keeps the answer and says why when the model cannot take the conversation', async () => {
    store.getState().setModel(0, 'qwen/qwen3.8-27b');
    fakeChatServer(() => answerEvents('A cat'));
    store.setState({ draft: 'What is it?', draftImages: [PNG_URL] });
    const sent = store.getState().submit();
    if (sent.ok) await sent.done;
    vi.unstubAllGlobals();
    // A text-only model now: the image turn cannot go to it.
    store.getState().setModel(0, 'openai/gpt-oss-120b');
    const server = fakeChatServer(() => answerEvents('never'));
    const before = data(store.getState());
    const result = store.getState().regenerate();
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/answer is kept.*does not accept images/),
    });
    expect(data(store.getState())).toEqual(before);
    expect(store.getState().messages.at(-1)?.content).toBe('A cat');
    expect(server.calls).toHaveLength(0);
  });
});

describe('setModel', () => {
  it('clamps Max Completion Tokens to the model ceiling and says so', () => {
    store.getState().setParameter(0, 'maxCompletionTokens', 1_000_000);
    store.getState().setModel(0, 'openai/gpt-oss-20b', { maxCompletionTokens: 65_536 });
    expect(store.getState().panes[0]?.maxCompletionTokens).toBe(65_536);
    expect(Object.values(store.getState().paneNotices)[0]).toMatch(/lowered from 1000000 to 65536/);
  });
});

describe('compare', () => {
  function comparing() {
    store.getState().enterCompare();
    store.getState().setModel(1, 'qwen/qwen3.8-27b');
    store.getState().setParameter(1, 'temperature', 0.2);
  }

  it('one submit starts every pane at once, each with its own model and parameters', async () => {
    const server = fakeChatServer();
    comparing();
    store.getState().setDraft('Race');
    const result = store.getState().submit();
    await vi.waitFor(() => expect(server.calls).toHaveLength(2));
    const [a, b] = server.calls;
    expect(Math.abs((a?.sentAt ?? 0) - (b?.sentAt ?? 0))).toBeLessThan(1000);
    expect(a?.request).toMatchObject({ model: 'openai/gpt-oss-120b', temperature: 1 });
    expect(b?.request).toMatchObject({ model: 'qwen/qwen3.8-27b', temperature: 0.2 });
    // Both stream at the same time: pane 2 gets text while pane 1 is still open.
    b?.push({ event: 'delta', data: { content: 'Two' } });
    a?.push({ event: 'delta', data: { content: 'One' } });
    await new Promise((r) => setTimeout(r, 40));
    const paneId = store.getState().panes[1]?.id ?? '';
    expect(store.getState().paneThreads[paneId]?.at(-1)?.content).toBe('Two');
    expect(store.getState().messages.at(-1)?.content).toBe('One');
    // Stop pane 1 only.
    store.getState().stop(store.getState().panes[0]?.id);
    await new Promise((r) => setTimeout(r, 20));
    expect(a?.aborted()).toBe(true);
    expect(b?.aborted()).toBe(false);
    b?.close();
    if (result.ok) await result.done;
    expect(store.getState().messages.at(-1)?.answer?.status).toBe('stopped');
    expect(store.getState().paneThreads[paneId]?.at(-1)?.answer?.status).toBe('done');
  });

  it('with Sync chat off, panes share one history and the kept answer joins it', async () => {
    fakeChatServer((request) => answerEvents(`From ${request.model}`, request.model));
    comparing();
    store.getState().setSyncChat(false);
    store.getState().setDraft('Pick one');
    const result = store.getState().submit();
    if (result.ok) await result.done;
    expect(store.getState().messages.map((m) => m.content)).toEqual(['Pick one']);
    const second = store.getState().panes[1]?.id ?? '';
    store.getState().keepCandidate(second);
    expect(store.getState().messages.map((m) => m.content)).toEqual(['Pick one', 'From qwen/qwen3.8-27b']);
    expect(store.getState().candidates).toEqual({});
  });

  it('refuses the whole submit when one pane cannot send, naming the pane', () => {
    const server = fakeChatServer(() => answerEvents('never'));
    comparing();
    store.getState().setModel(1, 'openai/gpt-oss-20b');
    store.setState({ draft: 'What is it?', draftImages: [PNG_URL] });
    store.getState().setModel(0, 'qwen/qwen3.8-27b');
    const before = data(store.getState());
    expect(store.getState().submit()).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Pane 2: .*does not accept images/),
    });
    expect(data(store.getState())).toEqual(before);
    expect(server.calls).toHaveLength(0);
  });

  it('leaving compare keeps pane 1 as the single view', () => {
    comparing();
    store.getState().setParameter(0, 'temperature', 0.7);
    store.getState().leaveCompare();
    expect(store.getState().compare).toBe(false);
    expect(store.getState().panes).toHaveLength(1);
    expect(store.getState().panes[0]).toMatchObject({ model: 'openai/gpt-oss-120b', temperature: 0.7 });
  });

  it('adds up to four panes and removing one of two leaves compare with the other', () => {
    comparing();
    store.getState().addPane();
    store.getState().addPane();
    store.getState().addPane();
    expect(store.getState().panes).toHaveLength(4);
    store.getState().removePane(3);
    store.getState().removePane(2);
    store.getState().removePane(0);
    expect(store.getState().compare).toBe(false);
    expect(store.getState().panes[0]?.model).toBe('qwen/qwen3.8-27b');
  });
});
