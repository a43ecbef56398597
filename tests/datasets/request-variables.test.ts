import { describe, expect, it } from 'vitest';
import { snapshotForShare } from '@/lib/share/from-store';
import { decodeShareState, encodeShareState } from '@/lib/share/share-link';
import type { ConversationMessage } from '@/lib/store/conversation-store';
import { DEFAULT_GROUNDING } from '@/lib/store/grounding';
import { buildChatRequest, withDraft } from '@/lib/store/selectors';
import { DEFAULT_PARAMETERS, type SettingsState } from '@/lib/store/settings-store';

const settings = {
  model: 'openai/gpt-oss-120b',
  system: 'Answer in {{language}}.',
  ...DEFAULT_PARAMETERS,
  tools: [],
  toolChoice: 'auto',
  parallelToolCalls: true,
  ...DEFAULT_GROUNDING,
} as unknown as SettingsState;
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
    const { state } = snapshotForShare(settings, turns, { city: 'Oslo' });
    const decoded = decodeShareState(encodeShareState(state).slice(2));
    expect(decoded.ok && decoded.state.variables).toEqual({ city: 'Oslo' });
    const plain = decodeShareState(encodeShareState(snapshotForShare(settings, turns).state).slice(2));
    expect(plain.ok && plain.state.variables).toBeUndefined();
  });
});
