import { describe, expect, it } from 'vitest';
import { batchLine, buildBatchJsonl, joinBatchResults } from '@/lib/datasets/batch-file';
import type { ChatRequest } from '@/lib/schema/chat-request';

const request: ChatRequest = {
  model: 'openai/gpt-oss-120b',
  messages: [{ role: 'user', content: 'Name one landmark in Paris' }],
  temperature: 1,
  stream: true,
  guard: true,
};

describe('buildBatchJsonl', () => {
  it('writes one line per row: custom_id, POST, the chat endpoint and the request, not streamed, no guard', () => {
    const text = buildBatchJsonl([batchLine('row-1', request), batchLine('row-2', request)]);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      custom_id: 'row-1',
      method: 'POST',
      url: '/v1/chat/completions',
      body: {
        model: 'openai/gpt-oss-120b',
        messages: [{ role: 'user', content: 'Name one landmark in Paris' }],
        temperature: 1,
        stream: false,
      },
    });
    expect(text.endsWith('\n')).toBe(true);
  });
});

const ok = (id: string, content: string) =>
  JSON.stringify({
    id: `batch_req_${id}`,
    custom_id: id,
    response: {
      status_code: 200,
      request_id: 'req_1',
      body: {
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 5, total_time: 0.2 },
      },
    },
    error: null,
  });

describe('joinBatchResults', () => {
  it('joins output and error lines by custom_id whatever their order', () => {
    const output = `${ok('row-3', 'Fushimi Inari')}\n${ok('row-1', 'Eiffel Tower')}\n`;
    const errors = JSON.stringify({
      id: 'batch_req_x',
      custom_id: 'row-2',
      response: {
        status_code: 400,
        request_id: 'req_2',
        body: { error: { message: 'bad model', code: 'model_not_found' } },
      },
      error: null,
    });
    const joined = joinBatchResults(output, errors, 'not json\n');
    expect(joined.get('row-1')).toMatchObject({
      status: 'done',
      answer: 'Eiffel Tower',
      promptTokens: 10,
      completionTokens: 5,
    });
    expect(joined.get('row-3')?.answer).toBe('Fushimi Inari');
    expect(joined.get('row-2')).toMatchObject({
      status: 'error',
      statusCode: 400,
      error: 'model_not_found: bad model',
    });
    expect(joined.size).toBe(3);
  });
  it('reads a line-level error (expired, cancelled) as a failed row', () => {
    const line = JSON.stringify({
      custom_id: 'row-9',
      response: null,
      error: { code: 'batch_expired', message: 'expired' },
    });
    expect(joinBatchResults(line).get('row-9')).toMatchObject({
      status: 'error',
      error: 'batch_expired: expired',
    });
  });
});
