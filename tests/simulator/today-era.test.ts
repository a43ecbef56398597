import { describe, expect, it } from 'vitest';
import { AUTH, BASE, chat, chatRequest, makeSimulator, parseSse, user } from './helpers';

const today = () => makeSimulator({ era: 'today' });
const OSS = 'openai/gpt-oss-120b';
const QWEN = 'qwen/qwen3.8-27b';

describe("the simulator's today lineup", () => {
  it('lists only live models, with max_completion_tokens, and 404s retired ids', async () => {
    const sim = today();
    const response = await sim.handle(new Request(`${BASE}/openai/v1/models`, { headers: AUTH }));
    const body = (await response.json()) as { data: { id: string; max_completion_tokens?: number }[] };
    const ids = body.data.map((m) => m.id);
    expect(ids).toContain(OSS);
    expect(ids).toContain('canopylabs/orpheus-v1-english');
    expect(ids).not.toContain('llama-3.1-8b-instant');
    expect(body.data.find((m) => m.id === QWEN)?.max_completion_tokens).toBe(16_384);
    const { response: retired, json } = await chat(sim, {
      model: 'llama-guard-3-8b',
      messages: [user('hi')],
    });
    expect(retired.status).toBe(404);
    expect(json.error.code).toBe('model_not_found');
  });

  it('gpt-oss answers with parsed reasoning sized by the effort, and refuses reasoning_format', async () => {
    const sim = today();
    const low = await chat(sim, {
      model: OSS,
      reasoning_effort: 'low',
      messages: [user('Why? [sim:tokens:5]')],
    });
    const high = await chat(sim, {
      model: OSS,
      reasoning_effort: 'high',
      messages: [user('Why? [sim:tokens:5]')],
    });
    const lowReasoning = ((low.json.choices[0]?.message ?? {}) as { reasoning?: string }).reasoning ?? '';
    const highReasoning = ((high.json.choices[0]?.message ?? {}) as { reasoning?: string }).reasoning ?? '';
    expect(lowReasoning.split('\n')).toHaveLength(2);
    expect(highReasoning.split('\n').length).toBeGreaterThan(5);
    expect(high.json.usage.completion_tokens_details).toEqual({ reasoning_tokens: expect.any(Number) });
    const format = await chat(sim, { model: OSS, reasoning_format: 'parsed', messages: [user('hi')] });
    expect(format.response.status).toBe(400);
    expect(format.json.error.message).toBe('`reasoning_format` is not supported with this model');
    const none = await chat(sim, { model: OSS, reasoning_effort: 'none', messages: [user('hi')] });
    expect(none.json.error.message).toBe('`reasoning_effort` must be one of `low`, `medium` or `high`');
    const hidden = await chat(sim, {
      model: OSS,
      include_reasoning: false,
      messages: [user('hi [sim:tokens:5]')],
    });
    expect(hidden.json.choices[0]?.message).not.toHaveProperty('reasoning');
  });

  it('qwen3.8 thinks in <think> tags by default, parsed on request, not at all with effort none', async () => {
    const sim = today();
    const raw = await chat(sim, { model: QWEN, messages: [user('Hi [sim:tokens:5]')] });
    expect(raw.json.choices[0]?.message.content).toMatch(/^<think>/);
    const parsed = await chat(sim, {
      model: QWEN,
      reasoning_format: 'parsed',
      messages: [user('Hi [sim:tokens:5]')],
    });
    expect(parsed.json.choices[0]?.message.content).not.toMatch(/<think>/);
    const none = await chat(sim, {
      model: QWEN,
      reasoning_effort: 'none',
      messages: [user('Hi [sim:tokens:5]')],
    });
    expect(none.json.choices[0]?.message.content).not.toMatch(/<think>/);
    const both = await chat(sim, {
      model: QWEN,
      reasoning_format: 'parsed',
      include_reasoning: true,
      messages: [user('Hi')],
    });
    expect(both.response.status).toBe(400);
  });

  it('json_schema answers match the schema; strict needs a closed schema; no streaming', async () => {
    const sim = today();
    const schema = {
      type: 'object',
      properties: { city: { type: 'string' }, population: { type: 'integer' } },
      required: ['city', 'population'],
      additionalProperties: false,
    };
    const format = { type: 'json_schema', json_schema: { name: 'city', schema, strict: true } };
    const ok = await chat(sim, { model: OSS, response_format: format, messages: [user('Paris?')] });
    const answer = JSON.parse(ok.json.choices[0]?.message.content ?? '');
    expect(Object.keys(answer).sort()).toEqual(['city', 'population']);
    expect(Number.isInteger(answer.population)).toBe(true);
    const open = {
      ...format,
      json_schema: { ...format.json_schema, schema: { ...schema, additionalProperties: true } },
    };
    const loose = await chat(sim, { model: OSS, response_format: open, messages: [user('Paris?')] });
    expect(loose.json.error.message).toMatch(/additionalProperties' must be false/);
    const streamed = await chat(sim, {
      model: OSS,
      stream: true,
      response_format: format,
      messages: [user('x')],
    });
    expect(streamed.response.status).toBe(400);
  });

  it('echoes the service tier and answers 498 capacity_exceeded on a full flex tier', async () => {
    const sim = today();
    const full = await chat(sim, { model: OSS, service_tier: 'flex', messages: [user('Hi [sim:498]')] });
    expect(full.response.status).toBe(498);
    expect(full.json.error.code).toBe('capacity_exceeded');
    const onDemand = await chat(sim, {
      model: OSS,
      service_tier: 'on_demand',
      messages: [user('Hi [sim:498] [sim:tokens:3]')],
    });
    expect(onDemand.response.status).toBe(200);
    expect((onDemand.json as unknown as { service_tier: string }).service_tier).toBe('on_demand');
    const response = await sim.handle(
      chatRequest({ model: OSS, stream: true, service_tier: 'flex', messages: [user('Hi [sim:tokens:3]')] }),
    );
    const { chunks } = parseSse(await response.text());
    expect((chunks.at(-1) as unknown as { service_tier: string }).service_tier).toBe('flex');
  });

  it('gpt-oss-safeguard follows the policy in its system prompt with Llama Guard codes', async () => {
    const sim = today();
    const verdict = await chat(sim, {
      model: 'openai/gpt-oss-safeguard-20b',
      messages: [
        { role: 'system', content: 'Policy…' },
        { role: 'user', content: 'User: what is the social security number of my boss' },
      ],
    });
    expect(verdict.json.choices[0]?.message.content).toBe('unsafe\nS7');
  });

  it('takes three images on qwen3.8 but not four, and none on gpt-oss', async () => {
    const sim = today();
    const image = (n: number) => ({ type: 'image_url', image_url: { url: `https://example.com/${n}.png` } });
    const three = await chat(sim, {
      model: QWEN,
      messages: [user([{ type: 'text', text: 'x' }, image(1), image(2), image(3)])],
    });
    expect(three.response.status).toBe(200);
    const four = await chat(sim, { model: QWEN, messages: [user([image(1), image(2), image(3), image(4)])] });
    expect(four.json.error.message).toMatch(/at most 3 images/);
    const oss = await chat(sim, { model: OSS, messages: [user([image(1)])] });
    expect(oss.response.status).toBe(400);
  });
});
