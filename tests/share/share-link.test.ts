import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUNDING } from '@/lib/chat/grounding';
import { type SnapshotSource, snapshotForShare } from '@/lib/share/from-store';
import { decodeShareState, encodeShareState, sharePayload, shareUrl } from '@/lib/share/share-link';
import type { ShareState } from '@/lib/share/share-schema';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { DEFAULT_PARAMETERS } from '@/lib/store/settings-slice';

const settings: SnapshotSource = {
  panes: [{ id: 'p1', model: 'llama3-70b-8192', ...DEFAULT_PARAMETERS, temperature: 0.3, stop: ['END'] }],
  compare: false,
  syncChat: true,
  system: 'Be helpful.',
  ...DEFAULT_GROUNDING,
  tools: [{ id: 't1', name: 'get_current_weather', description: 'Weather', parameters: '{"type":"object"}' }],
  toolChoice: { function: 'get_current_weather' },
  parallelToolCalls: false,
};

const messages: ConversationMessage[] = [
  {
    id: 'a',
    role: 'user',
    content: 'Weather in Paris? 🌧️ "quoted"',
    images: ['https://example.com/a.png', 'data:image/png;base64,AAAA'],
  },
  {
    id: 'b',
    role: 'assistant',
    content: '',
    toolCalls: [
      {
        id: 'call_1',
        type: 'function',
        function: { name: 'get_current_weather', arguments: '{"location":"Paris"}' },
      },
    ],
  },
  { id: 'c', role: 'tool', content: '18 C', toolCallId: 'call_1', toolName: 'get_current_weather' },
];

const roundTrip = (state: ShareState) => {
  const payload = sharePayload(`#${encodeShareState(state)}`);
  return decodeShareState(payload ?? '');
};

describe('share links', () => {
  it('carry model, system, conversation (image URLs, tool calls, results), parameters and tools', () => {
    const { state, omittedImages } = snapshotForShare(settings, messages);
    const result = roundTrip(state);
    expect(result).toEqual({ ok: true, state });
    expect(omittedImages).toBe(1);
    if (!result.ok) return;
    expect(result.state.messages[0]?.images).toEqual(['https://example.com/a.png']);
    expect(result.state.messages[2]).toMatchObject({ role: 'tool', toolCallId: 'call_1' });
    expect(result.state.toolChoice).toEqual({ function: 'get_current_weather' });
    expect(result.state.parameters).toMatchObject({ temperature: 0.3, stop: ['END'] });
  });

  it('put the state in the fragment only, replacing any query', () => {
    const url = new URL(shareUrl('https://play.example/?model=x#old', snapshotForShare(settings, []).state));
    expect(url.search).toBe('');
    expect(url.hash.startsWith('#s=')).toBe(true);
  });

  it('refuse a truncated link with a clear message', () => {
    const payload = encodeShareState(snapshotForShare(settings, messages).state).slice(2);
    const result = decodeShareState(payload.slice(0, Math.floor(payload.length / 2)));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/damaged or incomplete/) });
  });

  it('refuse a tampered link whose data breaks the schema', () => {
    const { state } = snapshotForShare(settings, messages);
    const tampered = { ...state, parameters: { ...state.parameters, temperature: 7 } };
    const result = decodeShareState(compressToEncodedURIComponent(JSON.stringify(tampered)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/invalid data \(parameters\.temperature/);
  });

  it('refuse base64 images smuggled into a link', () => {
    const { state } = snapshotForShare(settings, []);
    const smuggled = {
      ...state,
      messages: [{ role: 'user', content: 'x', images: ['data:image/png;base64,AAAA'] }],
    };
    expect(decodeShareState(compressToEncodedURIComponent(JSON.stringify(smuggled))).ok).toBe(false);
  });

  it('refuse garbage that is not lz-string at all', () => {
    expect(decodeShareState('%%%not-a-link').ok).toBe(false);
    expect(decodeShareState('').ok).toBe(false);
  });

  it('open links from version 1 by migrating them', () => {
    const v1 = {
      v: 1,
      model: 'llama3-8b-8192',
      system: '',
      messages: [{ role: 'user', content: 'hi' }],
      parameters: {
        temperature: 1,
        maxCompletionTokens: 1024,
        topP: 1,
        seed: null,
        stop: [],
        stream: true,
        jsonMode: false,
        moderation: false,
      },
    };
    const result = decodeShareState(compressToEncodedURIComponent(JSON.stringify(v1)));
    expect(result).toMatchObject({
      ok: true,
      state: {
        v: 6,
        model: 'llama3-8b-8192',
        grounding: { browserSearch: false, codeExecution: false, documents: [], citations: true },
        tools: [],
        toolChoice: 'auto',
        parameters: {
          reasoningFormat: 'parsed',
          responseFormat: 'text',
          reasoningEffort: null,
          serviceTier: '',
        },
      },
    });
  });
});
