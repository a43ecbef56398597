import type { ChatCompletion, ChatCompletionChunk } from 'groq-sdk/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { completionEvents, streamedEventBatches } from '@/lib/groq/chat-events';
import type { ChatEvent } from '@/lib/stream/events';

const response = new Response(null, { headers: { 'x-request-id': 'req_1' } });

async function collect(events: AsyncGenerator<ChatEvent>): Promise<ChatEvent[]> {
  const out: ChatEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

const search = {
  index: 0,
  type: 'browser_search',
  arguments: '{"query":"groq"}',
  search_results: { results: [{ title: 'Groq', url: 'https://groq.com', content: 'LPU', score: 0.9 }] },
};
const citation = {
  type: 'document_citation' as const,
  document_citation: { document_id: 'd', start_index: 0, end_index: 4 },
};

function chunk(delta: Record<string, unknown>, finish: string | null = null): ChatCompletionChunk {
  return {
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'openai/gpt-oss-120b',
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  } as unknown as ChatCompletionChunk;
}

describe('executed tools and annotations in the event protocol', () => {
  it('streams delta.executed_tools and delta.annotations as their own delta events, even in one read', async () => {
    const chunks = [
      chunk({ executed_tools: [search] }),
      chunk({ content: 'Gr' }),
      chunk({ content: 'oq' }),
      chunk({ annotations: [citation] }, 'stop'),
    ];
    // One network read carries every chunk: text deltas merge, server-tool deltas never do.
    const sse = `${chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('')}data: [DONE]\n\n`;
    const body = new Response(sse).body as ReadableStream<Uint8Array>;
    const events: ChatEvent[] = [];
    for await (const batch of streamedEventBatches(body, response, 'openai/gpt-oss-120b'))
      events.push(...batch);
    const deltas = events.filter((e) => e.event === 'delta').map((e) => e.data);
    expect(deltas).toEqual([{ executed_tools: [search] }, { content: 'Groq' }, { annotations: [citation] }]);
  });

  it("reads the API reference's flat annotations ({type, start_index, end_index, document_id}) as the nested form", async () => {
    const flat = [
      { type: 'document_citation', start_index: 0, end_index: 4, document_id: 'd' },
      { type: 'function_citation', start_index: 5, end_index: 9, tool_call_id: 'call_1' },
    ];
    const sse = `data: ${JSON.stringify(chunk({ content: 'Groq' }))}\n\ndata: ${JSON.stringify(chunk({ annotations: flat }, 'stop'))}\n\ndata: [DONE]\n\n`;
    const events: ChatEvent[] = [];
    for await (const batch of streamedEventBatches(
      new Response(sse).body as ReadableStream<Uint8Array>,
      response,
      'm',
    ))
      events.push(...batch);
    const annotations = events.flatMap((e) => (e.event === 'delta' ? (e.data.annotations ?? []) : []));
    expect(annotations).toEqual([
      citation,
      {
        type: 'function_citation',
        function_citation: { tool_call_id: 'call_1', start_index: 5, end_index: 9 },
      },
    ]);
  });

  it('turns a non-streamed message.executed_tools and annotations into one delta, tools before content', async () => {
    const completion = {
      id: 'c1',
      object: 'chat.completion',
      created: 1,
      model: 'openai/gpt-oss-120b',
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          logprobs: null,
          message: {
            role: 'assistant',
            content: 'Groq',
            reasoning: 'think',
            executed_tools: [{ ...search, index: undefined }],
            annotations: [citation],
          },
        },
      ],
    } as unknown as ChatCompletion;
    const events = await collect(completionEvents(completion, response, 'openai/gpt-oss-120b'));
    const delta = events.find((e) => e.event === 'delta');
    expect(delta?.data).toEqual({
      reasoning: 'think',
      executed_tools: [search],
      content: 'Groq',
      annotations: [citation],
    });
    expect(Object.keys(delta?.data ?? {})).toEqual(['reasoning', 'executed_tools', 'content', 'annotations']);
  });
});
