import { beforeEach, describe, expect, it } from 'vitest';
import { buildChatRequest } from '@/lib/chat/build-request';
import { DEFAULT_GROUNDING } from '@/lib/chat/grounding';
import { snapshotForShare } from '@/lib/share/from-store';
import { decodeShareState, encodeShareState } from '@/lib/share/share-link';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPendingRequest, withDraft } from '@/lib/store/selectors';
import { DEFAULT_PARAMETERS, defaultPane } from '@/lib/store/settings-slice';
import '../support/settle-lazy-store';

const shared = {
  system: 'Answer in {{language}}.',
  tools: [],
  toolChoice: 'auto' as const,
  parallelToolCalls: true,
  ...DEFAULT_GROUNDING,
};
const settings = { model: 'openai/gpt-oss-120b', ...DEFAULT_PARAMETERS, ...shared };
const source = { ...shared, panes: [defaultPane('openai/gpt-oss-120b')], compare: false, syncChat: true };

const turns: ConversationMessage[] = [{ id: 'a', role: 'user', content: 'Name one landmark in {{city}}' }];

describe('variables in the one request builder', () => {
  it('buildChatRequest fills the system prompt, the conversation and the composer text', () => {
    const request = buildChatRequest(settings, withDraft(turns, 'And in {{city}} at night?', []), {
      city: 'Paris',
      language: 'French',
    });
    expect(request.messages).toEqual([
      { role: 'system', content: 'Answer in French.' },
      { role: 'user', content: 'Name one landmark in Paris' },
      { role: 'user', content: 'And in Paris at night?' },
    ]);
  });

  it('without values the request keeps {{name}} (what Submit refuses and View code shows)', () => {
    expect(buildChatRequest(settings, turns).messages[1]).toEqual({
      role: 'user',
      content: 'Name one landmark in {{city}}',
    });
  });

  it('a share link carries the values, and an old link without them still opens', () => {
    const { state } = snapshotForShare(source, turns, { city: 'Oslo' });
    const decoded = decodeShareState(encodeShareState(state).slice(2));
    expect(decoded.ok && decoded.state.variables).toEqual({ city: 'Oslo' });
    const plain = decodeShareState(encodeShareState(snapshotForShare(source, turns).state).slice(2));
    expect(plain.ok && plain.state.variables).toBeUndefined();
  });
});

describe('variables in selectPendingRequest and Submit', () => {
  beforeEach(() => {
    usePlaygroundStore.setState({
      ...usePlaygroundStore.getInitialState(),
      ...shared,
      panes: [defaultPane('openai/gpt-oss-120b')],
      messages: [],
      draft: 'Name one landmark in {{city}}',
    });
    usePlaygroundStore.getState().setVariables({ language: 'French' });
  });

  it("a row's values fill the request the one assembler builds; an empty one is a problem", () => {
    const s = usePlaygroundStore.getState();
    const row = selectPendingRequest(s, 0, { variables: { city: 'Rome', language: 'Italian' } });
    expect(row.problems).toEqual([]);
    expect(row.request.messages.at(-1)).toEqual({ role: 'user', content: 'Name one landmark in Rome' });
    const empty = selectPendingRequest(s, 0, { variables: { language: 'Italian' } });
    expect(empty.problems.map((p) => p.code)).toEqual(['variables']);
    expect(empty.problems[0]?.message).toMatch(/\{\{city\}\}/);
  });

  it('Submit refuses a prompt with an empty variable and changes nothing', () => {
    const before = usePlaygroundStore.getState();
    const result = before.submit();
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/\{\{city\}\}/) });
    const after = usePlaygroundStore.getState();
    expect(after.messages).toBe(before.messages);
    expect(after.draft).toBe(before.draft);
    expect(after.runs).toEqual({});
  });
});
