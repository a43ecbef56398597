import { describe, expect, it } from 'vitest';
import { parseChatRequest } from '@/lib/rules/parse-chat-request';
import { toGroqRequestBody } from '@/lib/schema/chat-request';

const OSS = 'openai/gpt-oss-120b';
const QWEN = 'qwen/qwen3.8-27b';
const hi = [{ role: 'user', content: 'hi' }];

function errorOf(body: unknown) {
  const result = parseChatRequest(body);
  if (result.ok) throw new Error('expected a validation error');
  return result.error.body;
}

describe("the chat schema passes today's fields through unchanged", () => {
  it('accepts every field of groq-sdk 1.6 ChatCompletionCreateParams', () => {
    // An id the table does not know: every capability rule stands aside (qwen runs no built-in tools).
    const body = {
      model: 'acme/next-model',
      messages: [
        { role: 'developer', content: 'Be brief.' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in the document?' },
            { type: 'document', document: { id: 'doc-1', data: { title: 'Notes' } } },
          ],
        },
        { role: 'assistant', content: 'Thinking done.', reasoning: 'I looked.' },
        { role: 'user', content: 'And now?' },
      ],
      temperature: 0.7,
      top_p: 0.9,
      max_completion_tokens: 512,
      seed: 7,
      stop: ['END'],
      stream: false,
      stream_options: { include_usage: true },
      response_format: { type: 'json_object' },
      tools: [
        { type: 'function', function: { name: 'lookup', parameters: { type: 'object' }, strict: true } },
        { type: 'browser_search' },
        { type: 'code_interpreter' },
        { type: 'mcp', server_label: 'docs', server_url: 'https://mcp.example.com' },
      ],
      tool_choice: 'auto',
      parallel_tool_calls: true,
      disable_tool_validation: false,
      frequency_penalty: 0,
      presence_penalty: 0,
      reasoning_effort: 'low',
      reasoning_format: 'parsed',
      service_tier: 'flex',
      citation_options: 'enabled',
      documents: [
        { id: 'a', source: { type: 'text', text: 'Alpha' } },
        { source: { type: 'json', data: { b: 1 } } },
      ],
      search_settings: { country: 'germany', include_domains: ['example.com'], include_images: false },
      compound_custom: { tools: { enabled_tools: ['web_search'] } },
      include_domains: ['a.com'],
      exclude_domains: ['b.com'],
      metadata: { run: '1' },
      store: false,
      user: 'user-1',
      n: 1,
    };
    const result = parseChatRequest(body);
    expect(result.ok).toBe(true);
    if (result.ok) expect(toGroqRequestBody(result.data)).toEqual(body);
  });

  it('passes json_schema, include_reasoning and the deprecated function fields', () => {
    const body = {
      model: OSS,
      messages: [...hi, { role: 'function', name: 'f', content: '{}' }],
      include_reasoning: false,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'x', schema: { type: 'object' }, strict: true },
      },
      functions: [{ name: 'f', parameters: { type: 'object' } }],
      function_call: 'auto',
    };
    const result = parseChatRequest(body);
    expect(result.ok && toGroqRequestBody(result.data)).toEqual(body);
  });
});

describe('the chat schema refuses what Groq documents as a 400, in its wording', () => {
  it('refuses messages[].name', () => {
    expect(errorOf({ model: OSS, messages: [{ role: 'user', content: 'x', name: 'me' }] }).message).toBe(
      "'messages.0' : for 'role:user' the following must be satisfied[('messages.0.name' : property 'name' is unsupported)]",
    );
  });

  it('refuses include_reasoning together with reasoning_format', () => {
    expect(
      errorOf({ model: QWEN, messages: hi, include_reasoning: true, reasoning_format: 'parsed' }).message,
    ).toMatch(/`include_reasoning` and `reasoning_format` are mutually exclusive/);
  });

  it('refuses reasoning_format raw with JSON mode or tools', () => {
    const raw = { model: QWEN, messages: hi, reasoning_format: 'raw' };
    expect(errorOf({ ...raw, response_format: { type: 'json_object' } }).message).toMatch(
      /`reasoning_format` `raw` is not supported with JSON mode or tools/,
    );
    expect(errorOf({ ...raw, tools: [{ type: 'function', function: { name: 'f' } }] }).status).toBe(400);
    expect(parseChatRequest({ ...raw }).ok).toBe(true);
  });

  it('refuses reasoning_format on gpt-oss, but lets an unknown model try it', () => {
    expect(errorOf({ model: OSS, messages: hi, reasoning_format: 'hidden' }).message).toMatch(
      /`reasoning_format` is not supported with this model/,
    );
    expect(parseChatRequest({ model: 'acme/new', messages: hi, reasoning_format: 'hidden' }).ok).toBe(true);
  });

  it('refuses a misspelt field and an unknown service tier', () => {
    expect(errorOf({ model: OSS, messages: hi, reasoning_efort: 'low' }).message).toBe(
      "'reasoning_efort' : property 'reasoning_efort' is unsupported",
    );
    expect(errorOf({ model: OSS, messages: hi, service_tier: 'turbo' }).message).toMatch(
      /^'service_tier' : value must be one of/,
    );
  });

  it('refuses more than three images for qwen3.8, and images for a known text-only model', () => {
    const image = { type: 'image_url', image_url: { url: 'https://example.com/x.png' } };
    expect(
      parseChatRequest({ model: QWEN, messages: [{ role: 'user', content: [image, image, image] }] }).ok,
    ).toBe(true);
    expect(
      errorOf({ model: QWEN, messages: [{ role: 'user', content: [image, image, image, image] }] }).message,
    ).toMatch(/accepts at most 3 images per request; this request has 4/);
    expect(errorOf({ model: OSS, messages: [{ role: 'user', content: [image] }] }).message).toMatch(
      /does not support images/,
    );
  });
});
