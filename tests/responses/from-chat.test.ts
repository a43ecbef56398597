import { describe, expect, it } from 'vitest';
import { responsesBodyFromChat } from '@/lib/responses/from-chat';
import type { ChatRequest } from '@/lib/schema/chat-request';
import { parseResponsesRequest } from '@/lib/schema/responses-request';

const MODEL = 'openai/gpt-oss-120b';

describe('the workbench settings as a Responses API body', () => {
  it('maps system, conversation, max tokens, reasoning effort, JSON Schema and stream', () => {
    const request: ChatRequest = {
      model: MODEL,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Describe' },
            { type: 'image_url', image_url: { url: 'https://x.example/a.png' } },
          ],
        },
      ],
      max_completion_tokens: 512,
      temperature: 0.3,
      reasoning_effort: 'high',
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'answer', schema: { type: 'object' }, strict: true },
      },
      stream: false,
    };
    const { body, notSent } = responsesBodyFromChat(request);
    expect(body).toEqual({
      model: MODEL,
      instructions: 'Be brief.',
      input: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'Describe' },
            { type: 'input_image', image_url: 'https://x.example/a.png' },
          ],
        },
      ],
      max_output_tokens: 512,
      temperature: 0.3,
      reasoning: { effort: 'high' },
      text: { format: { type: 'json_schema', name: 'answer', schema: { type: 'object' }, strict: true } },
      stream: true,
    });
    expect(notSent).toEqual([]);
    expect(parseResponsesRequest(body).ok).toBe(true);
  });

  it('puts tools in the Responses shapes: flat functions, MCP and built-in as they are', () => {
    const mcp = {
      type: 'mcp' as const,
      server_label: 'wiki',
      server_url: 'https://mcp.example.com/mcp',
      require_approval: 'never' as const,
    };
    const { body } = responsesBodyFromChat({
      model: MODEL,
      messages: [{ role: 'user', content: 'Weather?' }],
      tools: [
        {
          type: 'function',
          function: { name: 'get_weather', description: 'Weather', parameters: { type: 'object' } },
        },
        mcp,
        { type: 'browser_search' },
      ],
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
    });
    expect(body.tools).toEqual([
      { type: 'function', name: 'get_weather', description: 'Weather', parameters: { type: 'object' } },
      mcp,
      { type: 'browser_search' },
    ]);
    expect(body.tool_choice).toEqual({ type: 'function', name: 'get_weather' });
    expect(parseResponsesRequest(body).ok).toBe(true);
  });

  it('carries tool calls and results as function_call items', () => {
    const { body } = responsesBodyFromChat({
      model: MODEL,
      messages: [
        { role: 'user', content: 'Weather?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'sunny' },
      ],
    });
    expect(body.input).toEqual([
      { role: 'user', content: 'Weather?' },
      { type: 'function_call', call_id: 'call_1', name: 'f', arguments: '{}' },
      { type: 'function_call_output', call_id: 'call_1', output: 'sunny' },
    ]);
  });

  it('lists the settings it does not send, prefill included', () => {
    const { body, notSent } = responsesBodyFromChat({
      model: MODEL,
      messages: [
        { role: 'user', content: 'Write code' },
        { role: 'assistant', content: '```python' },
      ],
      stop: ['```'],
      n: 1,
      seed: 7,
      guard: true,
      service_tier: 'performance',
    });
    expect(notSent.map((s) => s.field).sort()).toEqual(['guard', 'prefill', 'seed', 'service_tier', 'stop']);
    expect(notSent.find((s) => s.field === 'prefill')?.reason).toMatch(/prefill/);
    expect(body.input).toEqual([{ role: 'user', content: 'Write code' }]);
    expect(body).not.toHaveProperty('stop');
    expect(body).not.toHaveProperty('service_tier');
  });
});
