import { describe, expect, it } from 'vitest';
import { createAnswerSink } from '@/lib/store/answer-sink';
import { assembleResponse } from '@/lib/store/assemble-response';
import type { ConversationMessage } from '@/lib/store/conversation-slice';

const request = { model: 'openai/gpt-oss-120b', messages: [{ role: 'user' as const, content: 'q' }] };

describe('answer sink: executed tools and annotations', () => {
  it('shows executed tools as their fragments arrive, then keeps citations and the assembled response', () => {
    let current: ConversationMessage = {
      id: 'a',
      role: 'assistant',
      content: '',
      answer: { status: 'streaming', model: 'openai/gpt-oss-120b', sentAt: 0, request },
    };
    const sink = createAnswerSink({
      patch: (fn) => {
        current = fn(current);
      },
      addToolResultTurns: () => {},
    });
    const answer = (): ConversationMessage | undefined => current;
    sink.apply({
      event: 'delta',
      data: { executed_tools: [{ index: 0, type: 'code_interpreter', arguments: '{"code":' }] },
    });
    expect(answer()?.answer?.executedTools?.[0]?.arguments).toBe('{"code":');
    expect(answer()?.answer?.firstTokenAt).toBeTypeOf('number');
    sink.apply({
      event: 'delta',
      data: { executed_tools: [{ index: 0, arguments: '"1"}', code_results: [{ text: '1\n' }] }] },
    });
    sink.apply({ event: 'delta', data: { content: 'One.' } });
    const citation = {
      type: 'document_citation' as const,
      document_citation: { document_id: 'd', start_index: 0, end_index: 4 },
    };
    sink.apply({ event: 'delta', data: { annotations: [citation] } });
    sink.apply({
      event: 'done',
      data: { finish_reason: 'stop', id: 'c', system_fingerprint: null, created: 1, service_tier: null },
    });
    const message = answer();
    expect(message?.content).toBe('One.');
    expect(message?.answer?.executedTools).toEqual([
      { index: 0, type: 'code_interpreter', arguments: '{"code":"1"}', code_results: [{ text: '1\n' }] },
    ]);
    expect(message?.answer?.annotations).toEqual([citation]);
    const assembled = message ? assembleResponse(message) : null;
    expect(assembled).toMatchObject({
      choices: [{ message: { content: 'One.', executed_tools: [{ index: 0 }], annotations: [citation] } }],
    });
  });
});
