import { compressToEncodedURIComponent } from 'lz-string';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_GROUNDING } from '@/lib/chat/grounding';
import { applySharedState } from '@/lib/share/apply';
import type { SnapshotSource } from '@/lib/share/from-store';
import { snapshotForShare } from '@/lib/share/from-store';
import { remoteImageHosts, withoutImages } from '@/lib/share/remote-images';
import { decodeShareState, encodeShareState, sharePayload } from '@/lib/share/share-link';
import type { ShareState } from '@/lib/share/share-schema';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { MAX_KEPT_PNG_CHARS } from '@/lib/store/large-pngs';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { defaultPane } from '@/lib/store/settings-slice';

const settings: SnapshotSource = {
  panes: [defaultPane('openai/gpt-oss-120b')],
  compare: false,
  syncChat: true,
  system: '',
  tools: [],
  toolChoice: 'auto',
  parallelToolCalls: true,
  ...DEFAULT_GROUNDING,
  browserSearch: true,
  codeExecution: true,
  citations: false,
  documents: [{ key: 'k1', id: 'paris', text: 'Paris has about 2.1 million inhabitants.' }],
};

const answer: ConversationMessage = {
  id: 'b',
  role: 'assistant',
  content: 'Paris has about 2.1 million inhabitants.',
  answer: {
    status: 'done',
    model: 'openai/gpt-oss-120b',
    sentAt: 1,
    request: { model: 'openai/gpt-oss-120b', messages: [{ role: 'user', content: 'Paris?' }] },
    executedTools: [
      {
        index: 0,
        type: 'browser_search',
        arguments: '{"query":"paris population"}',
        search_results: {
          results: [{ title: 'Paris', url: 'https://en.wikipedia.org/wiki/Paris', score: 0.9 }],
        },
      },
      {
        index: 1,
        type: 'code_interpreter',
        arguments: '{"code":"print(1)"}',
        code_results: [{ text: '1\n', png: 'A'.repeat(MAX_KEPT_PNG_CHARS + 4) }, { png: 'iVBORw0KGgo=' }],
      },
    ],
    annotations: [
      {
        type: 'document_citation',
        document_citation: { document_id: 'paris', start_index: 0, end_index: 40 },
      },
    ],
  },
};

const messages: ConversationMessage[] = [{ id: 'a', role: 'user', content: 'Paris?' }, answer];

const roundTrip = (state: ShareState) => decodeShareState(sharePayload(`#${encodeShareState(state)}`) ?? '');

describe("share links with built-in tools and documents (v4 and today's v5)", () => {
  beforeEach(() => {
    usePlaygroundStore.setState(usePlaygroundStore.getInitialState());
  });

  it('carry the switches, documents, Citations, executed tools and annotations', () => {
    const { state, omittedImages, omittedCodeImages } = snapshotForShare(settings, messages);
    expect(state.v).toBe(6);
    expect(state.grounding).toEqual({
      browserSearch: true,
      codeExecution: true,
      citations: false,
      documents: [{ id: 'paris', text: 'Paris has about 2.1 million inhabitants.' }],
    });
    expect(omittedImages).toBe(0);
    expect(omittedCodeImages).toBe(1);
    expect(state.messages[1]?.executedTools?.[1]?.code_results).toEqual([
      { text: '1\n' },
      { png: 'iVBORw0KGgo=' },
    ]);
    const result = roundTrip(state);
    expect(result).toEqual({ ok: true, state });
  });

  it('restore all of it into the stores, the answer with its tools, citations and request documents', () => {
    const { state } = snapshotForShare(settings, messages);
    applySharedState(state, usePlaygroundStore.getState().openShared);
    const s = usePlaygroundStore.getState();
    expect(s.browserSearch).toBe(true);
    expect(s.codeExecution).toBe(true);
    expect(s.citations).toBe(false);
    expect(s.documents).toMatchObject([{ id: 'paris', text: 'Paris has about 2.1 million inhabitants.' }]);
    const restored = usePlaygroundStore.getState().messages[1];
    expect(restored?.answer?.executedTools).toHaveLength(2);
    expect(restored?.answer?.annotations?.[0]?.document_citation?.document_id).toBe('paris');
    expect(restored?.answer?.request.documents).toEqual([
      { id: 'paris', source: { type: 'text', text: 'Paris has about 2.1 million inhabitants.' } },
    ]);
    expect(restored?.answer?.request.tools).toEqual([
      { type: 'browser_search' },
      { type: 'code_interpreter' },
    ]);
  });

  it('open v3 links with no built-in tools or documents and Citations on', () => {
    const { state } = snapshotForShare(settings, messages);
    const { grounding: _g, ...v3 } = state;
    const old = { ...v3, v: 3, messages: [{ role: 'user', content: 'Paris?' }] };
    const result = decodeShareState(compressToEncodedURIComponent(JSON.stringify(old)));
    expect(result).toMatchObject({
      ok: true,
      state: {
        v: 6,
        grounding: { browserSearch: false, codeExecution: false, documents: [], citations: true },
      },
    });
  });

  it('open both kinds of v4 links: grounding (from main) and a comparison (from Compare)', () => {
    const { state } = snapshotForShare(settings, messages);
    const grounded = decodeShareState(compressToEncodedURIComponent(JSON.stringify({ ...state, v: 4 })));
    expect(grounded).toEqual({ ok: true, state });
    const { grounding: _g, ...rest } = state;
    const panes = [{ model: 'qwen/qwen3.8-27b', parameters: { ...state.parameters, temperature: 0.2 } }];
    const compared = { ...rest, v: 4, messages: [{ role: 'user', content: 'Paris?' }] };
    const result = decodeShareState(
      compressToEncodedURIComponent(JSON.stringify({ ...compared, compare: { syncChat: false, panes } })),
    );
    expect(result).toMatchObject({
      ok: true,
      state: {
        v: 6,
        compare: { syncChat: false, panes },
        grounding: { browserSearch: false, codeExecution: false, documents: [], citations: true },
      },
    });
  });

  it('carry everything in v5: variables, grounding and a comparison, restored into the one store', () => {
    const comparing: SnapshotSource = {
      ...settings,
      compare: true,
      panes: [defaultPane('openai/gpt-oss-120b'), { ...defaultPane('openai/gpt-oss-20b', 'p2'), topP: 0.5 }],
    };
    const { state } = snapshotForShare(comparing, messages, { city: 'Paris' });
    const result = roundTrip(state);
    expect(result).toEqual({ ok: true, state });
    if (!result.ok) return;
    expect(result.state).toMatchObject({
      v: 6,
      variables: { city: 'Paris' },
      grounding: { browserSearch: true },
    });
    applySharedState(result.state, usePlaygroundStore.getState().openShared);
    const s = usePlaygroundStore.getState();
    expect(s.compare).toBe(true);
    expect(s.panes.map((p) => [p.model, p.topP])).toEqual([
      ['openai/gpt-oss-120b', 1],
      ['openai/gpt-oss-20b', 0.5],
    ]);
    expect(s.browserSearch).toBe(true);
    expect(s.messages[1]?.answer?.executedTools).toHaveLength(2);
    expect(usePlaygroundStore.getState().dataset.values).toEqual({ city: 'Paris' });
  });

  it("carry each compare pane's own conversation (v6), its answers and its remote images behind the question", () => {
    const paneTwoAnswer: ConversationMessage = {
      id: 'c',
      role: 'assistant',
      content: 'About two million people.',
      answer: {
        status: 'done',
        model: 'openai/gpt-oss-20b',
        sentAt: 1,
        request: { model: 'openai/gpt-oss-20b', messages: [{ role: 'user', content: 'Paris?' }] },
        usage: { prompt_tokens: 4, completion_tokens: 6, total_tokens: 10 },
      },
    };
    const comparing: SnapshotSource = {
      ...settings,
      compare: true,
      syncChat: true,
      panes: [defaultPane('openai/gpt-oss-120b'), defaultPane('openai/gpt-oss-20b', 'p2')],
      paneThreads: {
        p2: [
          { id: 'd', role: 'user', content: 'Paris?', images: ['https://tracker.example/p.png'] },
          paneTwoAnswer,
        ],
      },
    };
    const { state } = snapshotForShare(comparing, messages);
    expect(state.compare?.panes[0]?.messages?.[1]).toMatchObject({
      content: 'About two million people.',
      answer: { model: 'openai/gpt-oss-20b' },
    });
    const result = roundTrip(state);
    expect(result).toEqual({ ok: true, state });
    if (!result.ok) return;
    // The pane's image counts as the link's own: the opener asks first, and can drop it.
    expect(remoteImageHosts(result.state)).toEqual(['tracker.example']);
    expect(remoteImageHosts(withoutImages(result.state))).toEqual([]);

    applySharedState(result.state, usePlaygroundStore.getState().openShared);
    const s = usePlaygroundStore.getState();
    const paneTwo = s.panes[1]?.id as string;
    expect(s.messages.map((m) => m.content)).toEqual(['Paris?', 'Paris has about 2.1 million inhabitants.']);
    expect(s.paneThreads[paneTwo]?.map((m) => m.content)).toEqual(['Paris?', 'About two million people.']);
    expect(s.paneThreads[paneTwo]?.[1]?.answer).toMatchObject({
      model: 'openai/gpt-oss-20b',
      usage: { completion_tokens: 6 },
    });
  });

  it("open a v5 comparison with panes 2–4 as copies of pane 1's conversation, as before", () => {
    const comparing: SnapshotSource = {
      ...settings,
      compare: true,
      panes: [defaultPane('openai/gpt-oss-120b'), defaultPane('openai/gpt-oss-20b', 'p2')],
    };
    const { state } = snapshotForShare(comparing, messages);
    const v5 = { ...state, v: 5 as const };
    const result = roundTrip(v5 as unknown as ShareState);
    expect(result.ok && result.state.v).toBe(6);
    if (!result.ok) return;
    applySharedState(result.state, usePlaygroundStore.getState().openShared);
    const s = usePlaygroundStore.getState();
    expect(s.paneThreads[s.panes[1]?.id as string]?.map((m) => m.content)).toEqual(
      s.messages.map((m) => m.content),
    );
  });

  it('refuse a link whose executed tool is malformed, saying where', () => {
    const { state } = snapshotForShare(settings, messages);
    const bad = JSON.parse(JSON.stringify(state));
    bad.messages[1].executedTools[0].index = -1;
    const result = decodeShareState(compressToEncodedURIComponent(JSON.stringify(bad)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('messages.1.executedTools.0.index');
  });
});
