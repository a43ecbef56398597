// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyConversationCost } from '@/components/eval/lazy-conversation-cost';
import { LazyPromptTokenCount } from '@/components/eval/lazy-prompt-token-count';
import type { ConversationMessage } from '@/lib/chat/conversation';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { defaultPane } from '@/lib/store/settings-slice';
import { renderWhileModelsLoad } from '../support/render-with-models-pending';

const OSS = 'openai/gpt-oss-120b';
const request = { model: OSS, messages: [] };

const answered = (usage: boolean): ConversationMessage[] => [
  { id: 'u1', role: 'user', content: 'Hi' },
  {
    id: 'a1',
    role: 'assistant',
    content: 'Hello',
    answer: {
      status: usage ? 'done' : 'streaming',
      model: OSS,
      sentAt: 0,
      request,
      ...(usage
        ? { usage: { prompt_tokens: 1_000_000, completion_tokens: 0, total_tokens: 1_000_000 } }
        : {}),
    },
  },
];

beforeEach(() => {
  usePlaygroundStore.setState(usePlaygroundStore.getInitialState(), true);
  usePlaygroundStore.setState({ panes: [defaultPane(OSS)] });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the prompt token count on a first visit', () => {
  it('shows nothing before there is a prompt, counts from the first word, and stays once shown', async () => {
    const { container } = renderWhileModelsLoad(<LazyPromptTokenCount />);
    expect(container.textContent).toBe('');
    act(() => usePlaygroundStore.getState().setDraft('What is the capital of France?'));
    expect(await screen.findByText(/^\d+ tokens$/, undefined, { timeout: 5000 })).toBeDefined();
    act(() => usePlaygroundStore.getState().setDraft(''));
    expect(screen.getByText(/tokens/)).toBeDefined();
  });

  it('counts nothing until the model list has chosen a model', () => {
    usePlaygroundStore.setState({ panes: [defaultPane('')], draft: 'Hello early' });
    const { container } = renderWhileModelsLoad(<LazyPromptTokenCount />);
    expect(container.textContent).toBe('');
  });
});

describe('the conversation cost on a first visit', () => {
  it('shows nothing until an answer has usage, then its cost', async () => {
    usePlaygroundStore.setState({ messages: answered(false) });
    const { container } = renderWhileModelsLoad(<LazyConversationCost />);
    expect(container.textContent).toBe('');
    act(() => usePlaygroundStore.setState({ messages: answered(true) }));
    expect((await screen.findByText(/Conversation cost:/)).textContent).toMatch(/^Conversation cost: \$\d/);
  });
});
