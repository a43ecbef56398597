import { describe, expect, it } from 'vitest';
import { buildChatRequest } from '@/lib/chat/build-request';
import { DEFAULT_GROUNDING, documentProblem, nextDocumentId } from '@/lib/chat/grounding';
import { EXAMPLE_TOOL } from '@/lib/chat/tools';
import { CODE_LANGUAGES, generateCode } from '@/lib/codegen';
import { parseChatRequest } from '@/lib/rules/parse-chat-request';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { migratePlayground } from '@/lib/store/persisted-migrate';
import { DEFAULT_PARAMETERS } from '@/lib/store/settings-slice';

const turns: ConversationMessage[] = [{ id: 'u', role: 'user', content: 'Search the web' }];
const base = {
  model: 'openai/gpt-oss-120b',
  system: '',
  ...DEFAULT_PARAMETERS,
  ...DEFAULT_GROUNDING,
  tools: [],
  toolChoice: 'auto' as const,
  parallelToolCalls: true,
};

describe('built-in tools in the request', () => {
  it('adds browser_search and code_interpreter on gpt-oss, after any function tools', () => {
    const request = buildChatRequest(
      { ...base, browserSearch: true, codeExecution: true, tools: [{ ...EXAMPLE_TOOL, id: 't' }] },
      turns,
    );
    expect(request.tools?.map((t) => t.type)).toEqual(['function', 'browser_search', 'code_interpreter']);
    expect(request.tool_choice).toBe('auto');
    expect(parseChatRequest(request).ok).toBe(true);
  });

  it('sends only built-in tools with no tool_choice when there are no function tools', () => {
    const request = buildChatRequest({ ...base, codeExecution: true }, turns);
    expect(request.tools).toEqual([{ type: 'code_interpreter' }]);
    expect(request.tool_choice).toBeUndefined();
  });

  it('sends none to a model without built-in tools, so a switch left on never becomes a 400', () => {
    const request = buildChatRequest({ ...base, model: 'qwen/qwen3.8-27b', browserSearch: true }, turns);
    expect(request.tools).toBeUndefined();
  });

  it('sends them to an id the table does not know (unverified; Groq decides)', () => {
    const request = buildChatRequest({ ...base, model: 'openai/gpt-oss-999b', browserSearch: true }, turns);
    expect(request.tools).toEqual([{ type: 'browser_search' }]);
  });

  it('sends no tools at all with JSON Schema, built-in ones included (structured outputs take no tools)', () => {
    const request = buildChatRequest(
      {
        ...base,
        responseFormat: 'json_schema',
        browserSearch: true,
        tools: [{ ...EXAMPLE_TOOL, id: 't' }],
      },
      turns,
    );
    expect(request.tools).toBeUndefined();
    expect(parseChatRequest(request).ok).toBe(true);
    // The proxy refuses either kind alongside json_schema, as Groq documents.
    const withSearch = { ...request, stream: false, tools: [{ type: 'browser_search' as const }] };
    expect(parseChatRequest(withSearch)).toMatchObject({ ok: false });
  });
});

describe('documents in the request', () => {
  it('sends non-empty documents with their ids and citation_options', () => {
    const documents = [
      { key: 'a', id: 'paris', text: 'Paris has 2.1 million people.' },
      { key: 'b', id: 'empty', text: '   ' },
      { key: 'c', id: ' ', text: 'No id.' },
    ];
    const request = buildChatRequest({ ...base, documents }, turns);
    expect(request.documents).toEqual([
      { id: 'paris', source: { type: 'text', text: 'Paris has 2.1 million people.' } },
      { source: { type: 'text', text: 'No id.' } },
    ]);
    expect(request.citation_options).toBe('enabled');
    expect(buildChatRequest({ ...base, documents, citations: false }, turns).citation_options).toBe(
      'disabled',
    );
    expect(parseChatRequest(request).ok).toBe(true);
  });

  it('sends neither field without documents', () => {
    const request = buildChatRequest(base, turns);
    expect(request).not.toHaveProperty('documents');
    expect(request).not.toHaveProperty('citation_options');
  });

  it('suggests free ids and says why a document is not sent', () => {
    const first = { key: 'a', id: 'doc-2', text: 'x' };
    const docs = [first, { key: 'b', id: 'doc-2', text: 'y' }];
    expect(nextDocumentId(docs)).toBe('doc-3');
    expect(documentProblem({ key: 'c', id: 'n', text: '' }, docs)).toMatch(/empty/);
    expect(documentProblem(first, docs)).toMatch(/Another document also has the id doc-2/);
  });
});

describe('saved settings v2 → the one store', () => {
  it('keep what the user set and start built-in tools off, no documents, Citations on', () => {
    const migrated = migratePlayground(
      {
        settings: { model: 'openai/gpt-oss-20b', temperature: 0.2, responseFormat: 'text' },
        settingsVersion: 2,
      },
      0,
    );
    expect(migrated.panes[0]).toMatchObject({ model: 'openai/gpt-oss-20b', temperature: 0.2 });
    expect(migrated).toMatchObject({
      browserSearch: false,
      codeExecution: false,
      documents: [],
      citations: true,
    });
  });

  it('keep the built-in tools, documents and Citations of saved settings v3', () => {
    const documents = [{ key: 'k', id: 'doc-1', text: 'Paris is big.' }];
    const migrated = migratePlayground(
      {
        settings: {
          model: 'openai/gpt-oss-120b',
          browserSearch: true,
          codeExecution: false,
          documents,
          citations: false,
        },
        settingsVersion: 3,
      },
      0,
    );
    expect(migrated.panes[0]?.model).toBe('openai/gpt-oss-120b');
    expect(migrated).toMatchObject({
      browserSearch: true,
      codeExecution: false,
      documents,
      citations: false,
    });
  });
});

describe('View code', () => {
  it('shows built-in tools, documents and citation_options in all four tabs', () => {
    const request = buildChatRequest(
      { ...base, browserSearch: true, documents: [{ key: 'a', id: 'paris', text: 'Paris is big.' }] },
      turns,
    );
    for (const { id } of CODE_LANGUAGES) {
      const code = generateCode(request, id);
      for (const needle of ['browser_search', 'documents', 'citation_options', 'Paris is big.']) {
        expect(code, `${id}: ${needle}`).toContain(needle);
      }
    }
  });
});
