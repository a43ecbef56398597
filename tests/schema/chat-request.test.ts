import { describe, expect, it } from 'vitest';
import { type CatalogModel, findCatalogModel } from '@/lib/models/catalog';
import { rulesModel } from '@/lib/rules/model';
import { parseChatRequest, parseChatRequestText } from '@/lib/rules/parse-chat-request';

const valid = { model: 'llama-3.1-8b-instant', messages: [{ role: 'user', content: 'hi' }] };

function errorOf(body: unknown) {
  const result = parseChatRequest(body);
  if (result.ok) throw new Error('expected a validation error');
  return result.error.body;
}

describe('chat request schema', () => {
  it('accepts a Groq-shaped body with every documented field', () => {
    const body = {
      ...valid,
      messages: [
        { role: 'system', content: 'be brief' },
        { role: 'user', content: [{ type: 'text', text: 'hi' }] },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }],
        },
        { role: 'tool', content: '42', tool_call_id: 'call_1' },
      ],
      temperature: 0.7,
      max_completion_tokens: 512,
      max_tokens: 512,
      top_p: 0.9,
      seed: 7,
      stop: ['\n\n'],
      stream: true,
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
      tool_choice: 'auto',
      parallel_tool_calls: true,
      frequency_penalty: 0.5,
      presence_penalty: -0.5,
      user: 'u1',
      n: 1,
      logprobs: false,
    };
    const result = parseChatRequest(body);
    expect(result.ok).toBe(true);
  });

  it('does not add fields the client did not send', () => {
    const result = parseChatRequest(valid);
    expect(result.ok && Object.keys(result.data)).toEqual(['model', 'messages']);
  });

  it.each([
    ['a missing model', { messages: valid.messages }, "'model' : property 'model' is missing"],
    ['empty messages', { ...valid, messages: [] }, "'messages' : minimum number of items is 1"],
    ['temperature above 2', { ...valid, temperature: 3 }, "'temperature' : number must be at most 2"],
    ['top_p above 1', { ...valid, top_p: 1.5 }, "'top_p' : number must be at most 1"],
    [
      'five stop sequences',
      { ...valid, stop: ['a', 'b', 'c', 'd', 'e'] },
      "'stop' : maximum number of items is 4",
    ],
    ['n = 2', { ...valid, n: 2 }, "'n' : number must be at most 1"],
    ['logprobs: true', { ...valid, logprobs: true }, "'logprobs' : property 'logprobs' is unsupported"],
    [
      'logit_bias',
      { ...valid, logit_bias: { '1': 2 } },
      "'logit_bias' : property 'logit_bias' is unsupported",
    ],
    [
      'top_logprobs',
      { ...valid, top_logprobs: 2 },
      "'top_logprobs' : property 'top_logprobs' is unsupported",
    ],
    [
      'messages[].name',
      { ...valid, messages: [{ role: 'user', content: 'x', name: 'bob' }] },
      "'messages.0' : for 'role:user' the following must be satisfied[('messages.0.name' : property 'name' is unsupported)]",
    ],
    [
      'an unknown top-level field',
      { ...valid, temprature: 1 },
      "'temprature' : property 'temprature' is unsupported",
    ],
    ['a string temperature', { ...valid, temperature: 'hot' }, "'temperature' : value must be a number"],
  ])('refuses %s with Groq wording', (_name, body, message) => {
    const error = errorOf(body);
    expect(error.status).toBe(400);
    expect(error.type).toBe('invalid_request_error');
    expect(error.message).toBe(message);
  });

  it("caps max_completion_tokens at the model's maximum from the capability table", () => {
    const oss = { ...valid, model: 'openai/gpt-oss-120b' };
    expect(errorOf({ ...oss, max_completion_tokens: 65537 }).message).toMatch(
      /less than or equal to `65536`/,
    );
    expect(parseChatRequest({ ...oss, max_completion_tokens: 65536 }).ok).toBe(true);
    expect(errorOf({ ...oss, max_tokens: 70000 }).message).toMatch(/^'max_tokens'/);
  });

  it("takes the live list's limit over the table's when the route has one", () => {
    const live = { ...findCatalogModel('openai/gpt-oss-120b'), maxCompletionTokens: 100_000 } as CatalogModel;
    const lookup = (id: string) => rulesModel(id, id === live.id ? live : undefined);
    expect(parseChatRequest({ ...valid, model: live.id, max_completion_tokens: 90_000 }, lookup).ok).toBe(
      true,
    );
    expect(parseChatRequest({ ...valid, model: live.id, max_completion_tokens: 100_001 }, lookup).ok).toBe(
      false,
    );
  });

  it('leaves limits of models it does not know to upstream', () => {
    expect(parseChatRequest({ ...valid, model: 'some-new-model', max_completion_tokens: 100_000 }).ok).toBe(
      true,
    );
  });

  it('leaves JSON Object with streaming to Groq, but refuses structured outputs with stream or any tools', () => {
    const json = { ...valid, response_format: { type: 'json_object' } };
    expect(parseChatRequest({ ...json, stream: true }).ok).toBe(true);
    const schema = {
      ...valid,
      model: 'openai/gpt-oss-20b',
      response_format: { type: 'json_schema', json_schema: { name: 'answer', schema: { type: 'object' } } },
    };
    expect(parseChatRequest(schema).ok).toBe(true);
    expect(errorOf({ ...schema, stream: true }).message).toMatch(/json_schema` does not support streaming/);
    const tool = { type: 'function', function: { name: 'f' } };
    expect(errorOf({ ...schema, tools: [tool] }).message).toMatch(/cannot be combined with tools/);
    // Built-in tools are tools too: "structured outputs cannot be combined with streaming or tools".
    expect(errorOf({ ...schema, tools: [{ type: 'browser_search' }] }).message).toMatch(
      /cannot be combined with tools/,
    );
  });

  it('answers 413 for a base64 image over 4 MB', () => {
    const url = `data:image/png;base64,${'A'.repeat(4 * 1024 * 1024)}`;
    const error = errorOf({
      model: 'llama-3.2-90b-vision-preview',
      messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url } }] }],
    });
    expect(error.status).toBe(413);
    expect(error.code).toBe('request_too_large');
    expect(error.message).toMatch(/Request Entity Too Large/);
  });

  it('enforces the vision previews: one image, no system prompt with an image, no images elsewhere', () => {
    const image = { type: 'image_url', image_url: { url: 'https://example.com/a.png' } };
    const model = 'llama-3.2-11b-vision-preview';
    expect(errorOf({ model, messages: [{ role: 'user', content: [image, image] }] }).message).toMatch(
      /only 1 image per request/,
    );
    expect(
      errorOf({
        model,
        messages: [
          { role: 'system', content: 's' },
          { role: 'user', content: [image] },
        ],
      }).message,
    ).toMatch(/does not support a system prompt together with an image/);
    expect(errorOf({ ...valid, messages: [{ role: 'user', content: [image] }] }).message).toMatch(
      /does not support images/,
    );
  });

  it('explains malformed JSON with the parser reason', () => {
    const result = parseChatRequestText('{"model": ');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(/^We could not parse the JSON body of your request \(/);
  });
});
