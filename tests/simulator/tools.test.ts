import { describe, expect, it } from 'vitest';
import { chat, chatRequest, makeSimulator, parseSse, type ToolCallJson, user } from './helpers';

const MODEL = 'llama3-groq-70b-8192-tool-use-preview';
const weather = {
  type: 'function',
  function: {
    name: 'get_current_weather',
    description: 'Get the current weather in a given location',
    parameters: {
      type: 'object',
      properties: {
        location: { type: 'string', description: 'The city and state, e.g. San Francisco, CA' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      },
      required: ['location', 'unit'],
    },
  },
};
const calculator = {
  type: 'function',
  function: {
    name: 'calculate',
    description: 'Evaluate a mathematical expression',
    parameters: {
      type: 'object',
      properties: {
        expression: { type: 'string' },
        precise: { type: 'boolean' },
        digits: { type: 'integer' },
      },
      required: ['expression', 'precise', 'digits'],
    },
  },
};

function args(call: ToolCallJson | undefined): unknown {
  return JSON.parse(call?.function.arguments ?? 'null');
}

describe('tool use', () => {
  it('calls the tool the prompt is about, with arguments from its schema', async () => {
    const { json } = await chat(makeSimulator(), {
      model: MODEL,
      messages: [user("What's the weather like in Boston today?")],
      tools: [weather, calculator],
    });
    const [choice] = json.choices;
    expect(choice?.finish_reason).toBe('tool_calls');
    expect(choice?.message.content).toBeNull();
    expect(choice?.message.tool_calls).toHaveLength(1);
    const call = choice?.message.tool_calls?.[0];
    expect(call?.id).toMatch(/^call_[a-z0-9]+$/);
    expect(call?.type).toBe('function');
    expect(call?.function.name).toBe('get_current_weather');
    expect(args(call)).toEqual({ location: 'Boston', unit: 'celsius' });
  });

  it('fills numbers with 1, booleans with true and expressions from the prompt', async () => {
    const { json } = await chat(makeSimulator(), {
      model: MODEL,
      messages: [user('What is 25 * 4 + 10?')],
      tools: [weather, calculator],
    });
    const calls = json.choices[0]?.message.tool_calls ?? [];
    expect(calls.map((c) => c.function.name)).toEqual(['calculate']);
    expect(args(calls[0])).toEqual({ expression: '25 * 4 + 10', precise: true, digits: 1 });
  });

  it('makes one call per place in parallel, unless parallel_tool_calls is false', async () => {
    const sim = makeSimulator();
    const body = {
      model: MODEL,
      messages: [user('Compare the weather in New York and London')],
      tools: [weather],
    };
    const parallel = (await chat(sim, body)).json.choices[0]?.message.tool_calls ?? [];
    expect(parallel.map((c) => (args(c) as { location: string }).location)).toEqual(['New York', 'London']);
    expect(new Set(parallel.map((c) => c.id)).size).toBe(2);
    const single = (await chat(sim, { ...body, parallel_tool_calls: false })).json.choices[0]?.message
      .tool_calls;
    expect(single).toHaveLength(1);
    const noParallelModel = (await chat(sim, { ...body, model: 'gemma2-9b-it' })).json.choices[0]?.message
      .tool_calls;
    expect(noParallelModel).toHaveLength(1);
  });

  it('honours tool_choice none, required and a named function', async () => {
    const sim = makeSimulator();
    const base = { model: MODEL, messages: [user('Hello there')], tools: [weather, calculator] };
    expect((await chat(sim, base)).json.choices[0]?.finish_reason).toBe('stop');
    const none = await chat(sim, { ...base, messages: [user('weather in Paris?')], tool_choice: 'none' });
    expect(none.json.choices[0]?.message.tool_calls).toBeUndefined();
    const required = await chat(sim, { ...base, tool_choice: 'required' });
    expect(required.json.choices[0]?.message.tool_calls?.[0]?.function.name).toBe('get_current_weather');
    const named = await chat(sim, {
      ...base,
      tool_choice: { type: 'function', function: { name: 'calculate' } },
    });
    expect(named.json.choices[0]?.message.tool_calls?.[0]?.function.name).toBe('calculate');
  });

  it('streams tool calls as one delta with an index per call', async () => {
    const response = await makeSimulator().handle(
      chatRequest({
        model: MODEL,
        stream: true,
        messages: [user('weather in Paris and Rome')],
        tools: [weather],
      }),
    );
    const { chunks, done } = parseSse(await response.text());
    expect(done).toBe(true);
    const delta = chunks[1]?.choices[0]?.delta as { tool_calls: (ToolCallJson & { index: number })[] };
    expect(delta.tool_calls.map((c) => [c.index, c.type, c.function.name])).toEqual([
      [0, 'function', 'get_current_weather'],
      [1, 'function', 'get_current_weather'],
    ]);
    expect(chunks[chunks.length - 1]?.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('summarises tool results, quoting each one', async () => {
    const { json } = await chat(makeSimulator(), {
      model: MODEL,
      tools: [weather],
      messages: [
        user('Weather in New York and London?'),
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_a1',
              type: 'function',
              function: { name: 'get_current_weather', arguments: '{"location":"New York"}' },
            },
            {
              id: 'call_b2',
              type: 'function',
              function: { name: 'get_current_weather', arguments: '{"location":"London"}' },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_a1', content: '{"temperature": 22, "condition": "Sunny"}' },
        { role: 'tool', tool_call_id: 'call_b2', name: 'get_current_weather', content: 'Rainy, 18C' },
      ],
    });
    const content = json.choices[0]?.message.content ?? '';
    expect(json.choices[0]?.finish_reason).toBe('stop');
    expect(content).toContain('{"temperature": 22, "condition": "Sunny"}');
    expect(content).toContain('Rainy, 18C');
    expect(content).toContain('**get_current_weather** (`call_a1`)');
  });

  it('fails with tool_use_failed and a failed_generation on [sim:tool_fail]', async () => {
    const { response, json } = await chat(makeSimulator(), {
      model: MODEL,
      messages: [user('weather in Oslo [sim:tool_fail]')],
      tools: [weather],
    });
    expect(response.status).toBe(400);
    expect(json.error).toMatchObject({
      message:
        "Failed to call a function. Please adjust your prompt. See 'failed_generation' for more details.",
      code: 'tool_use_failed',
    });
    expect(json.error.failed_generation).toContain('get_current_weather');
  });
});
