import { describe, expect, it } from 'vitest';
import { sharedConversation } from '@/lib/share/apply';
import { snapshotForShare } from '@/lib/share/from-store';
import { decodeShareState, shareUrl } from '@/lib/share/share-link';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { defaultPane } from '@/lib/store/settings-slice';

const settings = {
  ...usePlaygroundStore.getInitialState(),
  panes: [defaultPane('some-model')],
  system: 'Be brief.',
};

const messages: ConversationMessage[] = [
  { id: 'u', role: 'user', content: 'Compare A and B' },
  {
    id: 'a',
    role: 'assistant',
    content: '## A vs B\n\n- A is fast',
    answer: {
      status: 'done',
      model: 'some-model',
      sentAt: 1000,
      firstTokenAt: 1120,
      usage: { prompt_tokens: 12, completion_tokens: 40, total_tokens: 52, completion_time: 0.1 },
      finishReason: 'stop',
      requestId: 'req_1',
      request: { model: 'some-model', messages: [] },
    },
  },
];

describe('answers in share links', () => {
  it('carry their model and statistics, and open as answers again', () => {
    const { state } = snapshotForShare(settings, messages);
    expect(state.v).toBe(6);
    const decoded = decodeShareState(new URL(shareUrl('https://x.test/', state)).hash.slice(3));
    if (!decoded.ok) throw new Error(decoded.message);
    const [user, answer] = sharedConversation(decoded.state);
    expect(user?.answer).toBeUndefined();
    expect(answer?.answer).toMatchObject({
      status: 'done',
      model: 'some-model',
      firstTokenAt: 120,
      sentAt: 0,
      usage: { completion_tokens: 40 },
      finishReason: 'stop',
      requestId: 'req_1',
    });
    // Inspect shows the request the answer came from, rebuilt from the turns before it.
    expect(answer?.answer?.request.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Compare A and B' },
    ]);
  });

  it('leave a turn the sender wrote by hand as a plain turn', () => {
    const { state } = snapshotForShare(settings, [{ id: 'x', role: 'assistant', content: 'typed' }]);
    expect(state.messages[0]).toEqual({ role: 'assistant', content: 'typed' });
  });
});
