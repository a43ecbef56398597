import { describe, expect, it } from 'vitest';
import { annotationSpan, describeExecutedTool, mergeExecutedToolDeltas } from '@/lib/store/executed-tools';

describe('mergeExecutedToolDeltas', () => {
  it('builds each tool from fragments with the same index, strings appended and results grown', () => {
    let tools = mergeExecutedToolDeltas([], [{ index: 0, type: 'browser_search', arguments: '{"query":' }]);
    tools = mergeExecutedToolDeltas(tools, [{ index: 0, arguments: '"paris"}' }]);
    tools = mergeExecutedToolDeltas(tools, [
      { index: 0, output: 'found ', search_results: { results: [{ title: 'A', url: 'https://a.example' }] } },
    ]);
    tools = mergeExecutedToolDeltas(tools, [
      { index: 0, output: 'two', search_results: { results: [{ title: 'B', url: 'https://b.example' }] } },
    ]);
    expect(tools).toEqual([
      {
        index: 0,
        type: 'browser_search',
        arguments: '{"query":"paris"}',
        output: 'found two',
        search_results: {
          results: [
            { title: 'A', url: 'https://a.example' },
            { title: 'B', url: 'https://b.example' },
          ],
        },
      },
    ]);
  });

  it('keeps tools in index order whatever order the fragments come in, and ignores bad indexes', () => {
    const tools = mergeExecutedToolDeltas(
      [],
      [
        { index: 1, type: 'code_interpreter', arguments: '{}', code_results: [{ text: '1' }] },
        { index: 0, type: 'browser_search', arguments: '{}' },
        { index: -1, type: 'bogus' },
        { index: 1, code_results: [{ png: 'AAAA' }] },
      ],
    );
    expect(tools.map((t) => t.type)).toEqual(['browser_search', 'code_interpreter']);
    expect(tools[1]?.code_results).toEqual([{ text: '1' }, { png: 'AAAA' }]);
  });

  it('does not mutate the tools it is given', () => {
    const before = [{ index: 0, type: 'x', arguments: 'a' }];
    mergeExecutedToolDeltas(before, [{ index: 0, arguments: 'b' }]);
    expect(before[0]?.arguments).toBe('a');
  });
});

describe('describeExecutedTool', () => {
  it('summarises a search by its query and code by its first line', () => {
    expect(
      describeExecutedTool({ index: 0, type: 'browser_search', arguments: '{"query":"groq lpu"}' }),
    ).toMatchObject({ kind: 'search', query: 'groq lpu', summary: 'Browser search: groq lpu' });
    expect(
      describeExecutedTool({ index: 1, type: 'code_interpreter', arguments: '{"code":"x = 1\\nprint(x)"}' }),
    ).toMatchObject({ kind: 'code', code: 'x = 1\nprint(x)', summary: 'Code execution: x = 1' });
  });

  it('takes non-JSON arguments as the code, and any other type as generic', () => {
    expect(describeExecutedTool({ index: 0, type: 'python', arguments: 'print(2)' })).toMatchObject({
      kind: 'code',
      code: 'print(2)',
    });
    expect(
      describeExecutedTool({ index: 0, type: 'mcp_call', arguments: '{"a":1}', output: 'ok' }),
    ).toMatchObject({ kind: 'other', argumentsText: '{\n  "a": 1\n}', summary: 'mcp_call: {"a":1}' });
  });
});

describe('annotationSpan', () => {
  it('reads document and function citations, and refuses spans that are not integers', () => {
    expect(
      annotationSpan({
        type: 'document_citation',
        document_citation: { document_id: 'd', start_index: 2, end_index: 5 },
      }),
    ).toEqual({ start: 2, end: 5 });
    expect(
      annotationSpan({
        type: 'function_citation',
        function_citation: { tool_call_id: 'c', start_index: 0, end_index: 1 },
      }),
    ).toEqual({ start: 0, end: 1 });
    expect(annotationSpan({ type: 'document_citation' })).toBeNull();
  });
});
