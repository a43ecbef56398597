import { beforeEach, describe, expect, it } from 'vitest';
import { sharedPlayground } from '@/lib/share/apply';
import { snapshotForShare } from '@/lib/share/from-store';
import { decodeShareState, encodeShareState } from '@/lib/share/share-link';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectDifferences, selectPendingRequest } from '@/lib/store/selectors';
import { defaultPane } from '@/lib/store/settings-slice';
import '../support/settle-lazy-store';

const store = usePlaygroundStore;
beforeEach(() => {
  store.setState(store.getInitialState(), true);
  store.setState({ panes: [defaultPane('openai/gpt-oss-120b')], system: 'Be brief.' });
});

describe('selectPendingRequest', () => {
  it('is what Submit would send: the history, the draft as a user turn, the pane settings', () => {
    store.getState().addMessage('user', 'Earlier');
    store.setState({ draft: 'Now', draftImageUrl: ' https://example.com/a.png ' });
    const { request, problems } = selectPendingRequest(store.getState(), 0);
    expect(request.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Earlier' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Now' },
          { type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
        ],
      },
    ]);
    expect(problems.map((p) => p.code)).toEqual(['not-vision']);
  });

  it('for Regenerate leaves the last answer out, a prefilled one back to its prefix', () => {
    const request = { model: 'm', messages: [] };
    store.setState({
      messages: [
        { id: 'u', role: 'user', content: 'Q' },
        {
          id: 'a',
          role: 'assistant',
          content: 'Sure: more',
          answer: { status: 'done', model: 'm', sentAt: 1, request, prefill: 'Sure:' },
        },
      ],
    });
    const pending = selectPendingRequest(store.getState(), 0, { includeDraft: false, regenerate: true });
    expect(pending.request.messages.at(-1)).toEqual({ role: 'assistant', content: 'Sure:' });
  });

  it('gives each pane its own parameters and says what differs from pane 1', () => {
    store.getState().enterCompare();
    store.getState().setModel(1, 'qwen/qwen3.8-27b');
    store.getState().setParameter(1, 'temperature', 0.2);
    store.setState({ draft: 'Hi' });
    expect(selectPendingRequest(store.getState(), 0).request).toMatchObject({
      model: 'openai/gpt-oss-120b',
      temperature: 1,
    });
    expect(selectPendingRequest(store.getState(), 1).request).toMatchObject({
      model: 'qwen/qwen3.8-27b',
      temperature: 0.2,
    });
    expect(selectDifferences(store.getState(), 1)).toEqual(['Temperature 0.2']);
  });
});

describe('share links carry the comparison', () => {
  it("today's link (v5) round-trips every pane; a v3 link opens as the single view", () => {
    store.getState().enterCompare();
    store.getState().setModel(1, 'qwen/qwen3.8-27b');
    store.getState().setParameter(1, 'temperature', 0.2);
    const s = store.getState();
    const { state } = snapshotForShare(s, s.messages);
    const decoded = decodeShareState(encodeShareState(state).slice(2));
    if (!decoded.ok) throw new Error(decoded.message);
    const opened = sharedPlayground(decoded.state);
    expect(opened.compare).toBe(true);
    expect(opened.panes?.map((p) => [p.model, p.temperature])).toEqual([
      ['openai/gpt-oss-120b', 1],
      ['qwen/qwen3.8-27b', 0.2],
    ]);
    const v3 = { ...state, v: 3 as const };
    delete (v3 as { compare?: unknown }).compare;
    delete (v3 as { grounding?: unknown }).grounding;
    const old = decodeShareState(encodeShareState(v3 as unknown as typeof state).slice(2));
    expect(old.ok && old.state.v === 6 && old.state.compare === undefined).toBe(true);
  });
});
