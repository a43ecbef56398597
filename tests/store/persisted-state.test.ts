// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { migratePlayground } from '@/lib/store/persisted-migrate';
import {
  LEGACY_CONVERSATION_KEY,
  LEGACY_SETTINGS_KEY,
  STORE_KEY,
  STORE_VERSION,
} from '@/lib/store/persisted-state';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { flushPendingWrites } from '@/lib/store/safe-storage';
import { DEFAULT_PARAMETERS } from '@/lib/store/settings-slice';

const store = usePlaygroundStore;
const tool = { id: 't1', name: 'get_weather', description: 'Weather', parameters: '{"type":"object"}' };
const answer = {
  id: 'a',
  role: 'assistant',
  content: 'Hello',
  answer: {
    status: 'done',
    model: 'llama-3.1-8b-instant',
    sentAt: 1,
    request: { model: 'llama-3.1-8b-instant', messages: [] },
  },
};

beforeEach(() => {
  localStorage.clear();
  store.setState(store.getInitialState(), true);
});

describe('saved state from before the one store', () => {
  it('settings v2 and the conversation come back as pane 1, nothing lost', async () => {
    localStorage.setItem(
      LEGACY_SETTINGS_KEY,
      JSON.stringify({
        version: 2,
        state: {
          model: 'openai/gpt-oss-20b',
          system: 'Be brief',
          ...DEFAULT_PARAMETERS,
          temperature: 0.3,
          reasoningEffort: 'high',
          serviceTier: 'flex',
          tools: [tool],
          toolChoice: 'required',
          parallelToolCalls: false,
        },
      }),
    );
    localStorage.setItem(
      LEGACY_CONVERSATION_KEY,
      JSON.stringify({
        version: 1,
        state: { draft: 'unsent', messages: [{ id: 'u', role: 'user', content: 'Hi' }, answer] },
      }),
    );
    await store.persist.rehydrate();
    const s = store.getState();
    expect(s.panes).toEqual([
      {
        id: 'p1',
        model: 'openai/gpt-oss-20b',
        ...DEFAULT_PARAMETERS,
        temperature: 0.3,
        reasoningEffort: 'high',
        serviceTier: 'flex',
      },
    ]);
    expect(s).toMatchObject({
      system: 'Be brief',
      tools: [tool],
      toolChoice: 'required',
      parallelToolCalls: false,
      draft: 'unsent',
      compare: false,
    });
    expect(s.messages.map((m) => m.content)).toEqual(['Hi', 'Hello']);
    expect(s.messages[1]?.answer?.model).toBe('llama-3.1-8b-instant');
  });

  it("main's settings v3 come back with their built-in tools, documents and Citations", async () => {
    const documents = [{ key: 'k', id: 'doc-1', text: 'Paris is big.' }];
    localStorage.setItem(
      LEGACY_SETTINGS_KEY,
      JSON.stringify({
        version: 3,
        state: {
          model: 'openai/gpt-oss-120b',
          system: '',
          ...DEFAULT_PARAMETERS,
          temperature: 0.4,
          tools: [],
          toolChoice: 'auto',
          parallelToolCalls: true,
          browserSearch: true,
          codeExecution: true,
          documents,
          citations: false,
        },
      }),
    );
    await store.persist.rehydrate();
    const s = store.getState();
    expect(s.panes[0]).toMatchObject({ model: 'openai/gpt-oss-120b', temperature: 0.4 });
    expect(s).toMatchObject({ browserSearch: true, codeExecution: true, documents, citations: false });
  });

  it('the one store v3 (before grounding) gets built-in tools off, no documents, Citations on', () => {
    const v3 = {
      system: 'x',
      tools: [],
      toolChoice: 'auto',
      parallelToolCalls: true,
      panes: [],
      messages: [],
    };
    expect(migratePlayground(v3, 3)).toMatchObject({
      system: 'x',
      browserSearch: false,
      codeExecution: false,
      documents: [],
      citations: true,
    });
  });

  it('settings v1: JSON Mode becomes Response Format', () => {
    const migrated = migratePlayground(
      {
        settings: { model: 'llama-3.1-8b-instant', jsonMode: true, reasoningFormat: 'raw' },
        settingsVersion: 1,
        conversation: {},
      },
      0,
    );
    expect(migrated.panes[0]).toMatchObject({
      responseFormat: 'json_object',
      reasoningFormat: 'raw',
      serviceTier: '',
    });
    expect(migrated.panes[0]).not.toHaveProperty('jsonMode');
    expect(
      migratePlayground({ settings: { jsonMode: false }, settingsVersion: 1 }, 0).panes[0]?.responseFormat,
    ).toBe('text');
  });

  it('only a conversation saved (no settings) still opens', async () => {
    localStorage.setItem(
      LEGACY_CONVERSATION_KEY,
      JSON.stringify({ version: 1, state: { draft: '', messages: [answer] } }),
    );
    await store.persist.rehydrate();
    expect(store.getState().messages).toHaveLength(1);
    expect(store.getState().panes[0]?.model).toBe('');
  });
});

describe('saving', () => {
  it('writes one key, coalesced, with the comparison and no base64 image or streaming status', () => {
    const big = `data:image/png;base64,${'A'.repeat(1000)}`;
    store.getState().addMessage('user', 'see', [big]);
    store.getState().enterCompare();
    store.getState().setParameter(1, 'temperature', 0.2);
    store.getState().patchMessage(store.getState().messages[0]?.id ?? '', (m) => m);
    store.setState((s) => ({
      messages: [
        ...s.messages,
        {
          id: 'x',
          role: 'assistant',
          content: '',
          answer: { status: 'streaming', model: 'm', sentAt: 1, request: { model: 'm', messages: [] } },
        },
      ],
    }));
    expect(localStorage.getItem(STORE_KEY)).toBeNull();
    flushPendingWrites();
    const saved = localStorage.getItem(STORE_KEY) ?? '';
    expect(saved).not.toContain('AAAA');
    expect(saved).toContain('"status":"stopped"');
    expect(JSON.parse(saved)).toMatchObject({
      version: STORE_VERSION,
      state: { compare: true, panes: [{}, { temperature: 0.2 }] },
    });
  });

  it('a reload restores the comparison', async () => {
    store.getState().enterCompare();
    store.getState().setModel(1, 'qwen/qwen3.8-27b');
    flushPendingWrites();
    store.setState(store.getInitialState(), true);
    await store.persist.rehydrate();
    expect(store.getState().compare).toBe(true);
    expect(store.getState().panes.map((p) => p.model)).toEqual(['', 'qwen/qwen3.8-27b']);
  });
});
