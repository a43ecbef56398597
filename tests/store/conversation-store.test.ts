// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { useConversationStore } from '@/lib/store/conversation-store';
import { flushPendingWrites } from '@/lib/store/safe-storage';

const store = useConversationStore;

beforeEach(() => store.setState(store.getInitialState(), true));

describe('conversation store', () => {
  it('adds, edits, re-roles, moves and deletes turns', () => {
    const a = store.getState().addMessage('user', 'first');
    const b = store.getState().addMessage('assistant', 'second');
    store.getState().updateContent(a, 'first, edited');
    store.getState().setRole(b, 'user');
    store.getState().moveMessage(b, -1);
    expect(store.getState().messages.map((m) => [m.role, m.content])).toEqual([
      ['user', 'second'],
      ['user', 'first, edited'],
    ]);
    store.getState().removeMessage(a);
    expect(store.getState().messages).toHaveLength(1);
  });

  it('does not move a turn past either end', () => {
    const a = store.getState().addMessage('user', 'only');
    store.getState().moveMessage(a, -1);
    store.getState().moveMessage(a, 1);
    expect(store.getState().messages.map((m) => m.id)).toEqual([a]);
  });

  it('appends streamed text to an answer and records its stats', () => {
    const id = store.getState().startAnswer({
      status: 'streaming',
      model: 'm',
      sentAt: 1,
      request: { model: 'm', messages: [{ role: 'user', content: 'x' }] },
    });
    store.getState().appendContent(id, 'Hel');
    store.getState().appendContent(id, 'lo');
    store.getState().patchAnswer(id, { status: 'done', finishReason: 'stop' });
    const answer = store.getState().messages[0];
    expect(answer?.content).toBe('Hello');
    expect(answer?.answer).toMatchObject({ status: 'done', finishReason: 'stop' });
  });

  it('coalesces saves: nothing is written until the flush, then the latest state', () => {
    localStorage.clear();
    store.getState().addMessage('user', 'first');
    store.getState().addMessage('user', 'second');
    expect(localStorage.getItem('groq-playground:conversation')).toBeNull();
    flushPendingWrites();
    expect(localStorage.getItem('groq-playground:conversation')).toContain('second');
  });

  it('saves no base64 image and no "streaming" status to storage', () => {
    const big = `data:image/png;base64,${'A'.repeat(1000)}`;
    store.getState().addMessage('user', 'see', [big]);
    store.getState().startAnswer({
      status: 'streaming',
      model: 'm',
      sentAt: 1,
      request: {
        model: 'm',
        messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: big } }] }],
      },
    });
    flushPendingWrites();
    const saved = localStorage.getItem('groq-playground:conversation') ?? '';
    expect(saved).not.toContain('AAAA');
    expect(saved).toContain('"status":"stopped"');
  });
});
