import { describe, expect, it } from 'vitest';
import type { ToolCall } from '@/lib/schema/chat-request';
import { createAnswerSink, mergeToolCallDeltas } from '@/lib/store/answer-sink';
import type { ConversationMessage } from '@/lib/store/conversation-slice';

const request = { model: 'm', messages: [{ role: 'user' as const, content: 'x' }] };

/** One answer message and a sink writing into it, with a clock the test moves. */
function sinkFor(message: Partial<ConversationMessage> = {}) {
  let current: ConversationMessage = {
    id: 'a',
    role: 'assistant',
    content: '',
    answer: { status: 'streaming', model: 'm', sentAt: 1000, request },
    ...message,
  };
  const toolTurns: ToolCall[][] = [];
  let clock = 1000;
  const sink = createAnswerSink({
    patch: (fn) => {
      current = fn(current);
    },
    addToolResultTurns: (calls) => toolTurns.push(calls),
    now: () => clock,
  });
  return {
    sink,
    message: () => current,
    toolTurns,
    tick: (ms: number) => {
      clock += ms;
    },
  };
}

describe('mergeToolCallDeltas', () => {
  it('assembles calls by index, even when their fragments interleave', () => {
    let calls: ToolCall[] = [];
    calls = mergeToolCallDeltas(calls, [
      { index: 0, id: 'call_a', function: { name: 'get_', arguments: '' } },
      { index: 1, id: 'call_b', function: { name: 'lookup', arguments: '{"q":' } },
    ]);
    calls = mergeToolCallDeltas(calls, [{ index: 0, function: { name: 'weather', arguments: '{"city":' } }]);
    calls = mergeToolCallDeltas(calls, [
      { index: 1, function: { arguments: '"x"}' } },
      { index: 0, function: { arguments: '"Oslo"}' } },
    ]);
    expect(calls).toEqual([
      { id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
      { id: 'call_b', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } },
    ]);
  });
});

describe('answer sink', () => {
  it('records the tool calls on done and asks for their result turns', () => {
    const { sink, message, toolTurns } = sinkFor();
    sink.apply({
      event: 'delta',
      data: { tool_calls: [{ index: 0, id: 'c1', function: { name: 'f', arguments: '{}' } }] },
    });
    sink.apply({
      event: 'done',
      data: { finish_reason: 'tool_calls', id: 'x', system_fingerprint: null, created: 1 },
    });
    expect(message().toolCalls).toEqual([
      { id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } },
    ]);
    expect(toolTurns).toHaveLength(1);
    expect(message().answer).toMatchObject({ status: 'done', finishReason: 'tool_calls' });
  });

  it('continues a prefilled turn: streamed text is appended to the prefix', () => {
    const { sink, message } = sinkFor({
      content: '{"answer":',
      answer: { status: 'streaming', model: 'm', sentAt: 1000, request, prefill: '{"answer":' },
    });
    sink.apply({ event: 'delta', data: { content: ' "yes"' } });
    sink.apply({ event: 'delta', data: { content: '}' } });
    sink.finish(false);
    expect(message().content).toBe('{"answer": "yes"}');
    expect(message().answer).toMatchObject({ prefill: '{"answer":', status: 'done', streamedTokens: 2 });
  });

  it('a stop before done reads "stopped", with what arrived kept', () => {
    const { sink, message, tick } = sinkFor();
    tick(120);
    sink.apply({ event: 'delta', data: { content: 'Half' } });
    tick(80);
    sink.finish(true);
    expect(message()).toMatchObject({
      content: 'Half',
      answer: { status: 'stopped', firstTokenAt: 1120, finishedAt: 1200 },
    });
  });

  it('an error settles the answer: a later finish changes nothing', () => {
    const { sink, message } = sinkFor();
    const error = { status: 500, type: 'api_error', code: null, message: 'boom' };
    sink.apply({ event: 'error', data: { error } });
    sink.finish(true);
    expect(message().answer).toMatchObject({ status: 'error', error });
  });

  it('keeps reasoning apart from the answer and counts it as output', () => {
    const { sink, message } = sinkFor();
    sink.apply({ event: 'delta', data: { reasoning: 'Think' } });
    sink.apply({ event: 'delta', data: { content: 'Say' } });
    sink.finish(false);
    expect(message().content).toBe('Say');
    expect(message().answer).toMatchObject({ reasoning: 'Think', streamedTokens: 2 });
  });
});
