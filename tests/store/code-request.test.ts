import { beforeEach, describe, expect, it } from 'vitest';
import type { ChatRequest } from '@/lib/schema/chat-request';
import { usePlaygroundStore } from '@/lib/store/playground-store';

const sent = {
  model: 'openai/gpt-oss-120b',
  messages: [{ role: 'user', content: 'What is Groq?' }],
} as ChatRequest;

/** A conversation of one question and its answer, as a Submit leaves it. */
function answered() {
  const initial = usePlaygroundStore.getInitialState();
  const [pane] = initial.panes;
  usePlaygroundStore.setState(
    {
      ...initial,
      panes: pane ? [{ ...pane, model: 'openai/gpt-oss-120b' }] : [],
      messages: [
        { id: 'u1', role: 'user', content: 'What is Groq?' },
        {
          id: 'a1',
          role: 'assistant',
          content: 'A fast inference company.',
          answer: { status: 'done', model: 'openai/gpt-oss-120b', sentAt: 0, request: sent },
        },
      ],
    },
    true,
  );
}

describe('View code after an answer', () => {
  beforeEach(answered);

  it('shows the request that produced the answer, not one that continues the conversation', () => {
    expect(usePlaygroundStore.getState().viewRequest(0)).toBe(sent);
  });

  it('shows what Submit would send once a new message is typed', () => {
    usePlaygroundStore.setState({ draft: 'And who founded it?' });
    const next = usePlaygroundStore.getState().viewRequest(0);
    expect(next).not.toBe(sent);
    expect(next.messages.map((m) => m.content)).toEqual([
      'What is Groq?',
      'A fast inference company.',
      'And who founded it?',
    ]);
  });
});
