import { describe, expect, it } from 'vitest';
import { createAnswerSink } from '@/lib/store/answer-sink';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { describeExecutedTool, mergeExecutedToolDeltas } from '@/lib/store/executed-tools';

describe('MCP items in an answer', () => {
  it('a call streamed in two fragments keeps its server, tool, arguments, output and error', () => {
    const tools = mergeExecutedToolDeltas(
      [],
      [
        {
          index: 0,
          type: 'mcp',
          server_label: 'weather',
          name: 'get_forecast',
          arguments: '{"city":"Paris"}',
        },
        { index: 0, output: 'Light rain', error: 'partial' },
      ],
    );
    expect(tools).toEqual([
      {
        index: 0,
        type: 'mcp',
        server_label: 'weather',
        name: 'get_forecast',
        arguments: '{"city":"Paris"}',
        output: 'Light rain',
        error: 'partial',
      },
    ]);
    expect(describeExecutedTool(tools[0] as (typeof tools)[0])).toMatchObject({
      kind: 'mcp',
      summary: 'MCP weather: get_forecast (failed)',
      argumentsText: '{\n  "city": "Paris"\n}',
    });
  });

  it('the lists each server gave are kept on the answer', () => {
    let message: ConversationMessage = {
      id: 'a',
      role: 'assistant',
      content: '',
      answer: { status: 'streaming', model: 'm', sentAt: 0, request: { model: 'm', messages: [] } },
    };
    const sink = createAnswerSink({ patch: (fn) => (message = fn(message)), addToolResultTurns: () => {} });
    sink.apply({
      event: 'delta',
      data: { mcp_list_tools: [{ server_label: 'weather', tools: [{ name: 'get_forecast' }] }] },
    });
    expect(message.answer?.mcpLists).toEqual([
      { server_label: 'weather', tools: [{ name: 'get_forecast' }] },
    ]);
  });
});
