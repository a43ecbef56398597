import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORECASTS, type McpFixture, startMcpServer } from '../../e2e/support/mcp-server';
import { AUTH, BASE, makeSimulator } from './helpers';

const MODEL = 'openai/gpt-oss-20b';
const TOKEN = 'resp_mcp_token_1234';
let mcp: McpFixture;
beforeAll(async () => {
  mcp = await startMcpServer({ token: TOKEN });
});
afterAll(() => mcp.close());

const sim = () => makeSimulator({ era: 'today', mcpAllowedHosts: ['loopback'] });
const post = (s: ReturnType<typeof sim>, body: unknown) =>
  s.handle(
    new Request(`${BASE}/openai/v1/responses`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );

interface Item {
  type: string;
  [key: string]: unknown;
}
interface ResponseJson {
  object: string;
  status: string;
  instructions: string | null;
  output: Item[];
  usage: {
    input_tokens: number;
    output_tokens: number;
    total_tokens: number;
    output_tokens_details: { reasoning_tokens: number };
  };
  tools: { headers?: Record<string, string> }[];
  error?: { message: string; type: string };
}

function sse(text: string): { event: string; data: Record<string, unknown> }[] {
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((frame) => {
      const event = /^event: (.+)$/m.exec(frame)?.[1] ?? '';
      const data = JSON.parse(/^data: (.+)$/m.exec(frame)?.[1] ?? '{}') as Record<string, unknown>;
      return { event, data };
    });
}

describe('POST /openai/v1/responses in the simulator', () => {
  it('answers with reasoning and message items, instructions as the system prompt, and usage', async () => {
    const response = await post(sim(), {
      model: MODEL,
      instructions: 'You are a terse pirate.',
      input: 'Explain tides',
      max_output_tokens: 400,
      reasoning: { effort: 'low' },
    });
    expect(response.status).toBe(200);
    const json = (await response.json()) as ResponseJson;
    expect(json.object).toBe('response');
    expect(json.status).toBe('completed');
    expect(json.instructions).toBe('You are a terse pirate.');
    expect(json.output.map((item) => item.type)).toEqual(['reasoning', 'message']);
    const message = json.output[1] as unknown as { content: { type: string; text: string }[] };
    expect(message.content[0]?.type).toBe('output_text');
    expect(message.content[0]?.text).toContain('pirate');
    expect(json.usage.total_tokens).toBe(json.usage.input_tokens + json.usage.output_tokens);
    expect(json.usage.output_tokens_details.reasoning_tokens).toBeGreaterThan(0);
  });

  it('takes flat function tools and answers with a function_call item', async () => {
    const response = await post(sim(), {
      model: MODEL,
      input: [{ role: 'user', content: [{ type: 'input_text', text: 'What is the weather in Paris?' }] }],
      tools: [
        {
          type: 'function',
          name: 'get_weather',
          description: 'Get the weather for a city',
          parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      ],
    });
    const json = (await response.json()) as ResponseJson;
    const call = json.output.find((item) => item.type === 'function_call');
    expect(call).toMatchObject({ name: 'get_weather', arguments: JSON.stringify({ city: 'Paris' }) });
    expect(call?.call_id).toMatch(/^call_/);
  });

  it('refuses what Groq does not support, naming the field', async () => {
    const response = await post(sim(), { model: MODEL, input: 'hi', previous_response_id: 'resp_1' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ResponseJson).error?.message).toBe(
      "'previous_response_id' : property 'previous_response_id' is unsupported",
    );
  });

  it('runs MCP servers: mcp_list_tools and mcp_call items, headers not echoed', async () => {
    const response = await post(sim(), {
      model: MODEL,
      input: 'Forecast for Paris please',
      tools: [
        {
          type: 'mcp',
          server_label: 'weather',
          server_url: mcp.url,
          headers: { Authorization: `Bearer ${TOKEN}` },
        },
      ],
    });
    const text = await response.text();
    expect(text).not.toContain(TOKEN);
    const json = JSON.parse(text) as ResponseJson;
    expect(json.output.map((item) => item.type)).toEqual([
      'mcp_list_tools',
      'reasoning',
      'mcp_call',
      'message',
    ]);
    expect(json.output[2]).toMatchObject({
      server_label: 'weather',
      name: 'get_forecast',
      output: `Forecast for Paris: ${FORECASTS.paris}`,
      error: null,
    });
  });

  it('streams the documented events in order, ending with response.completed', async () => {
    const response = await post(sim(), {
      model: MODEL,
      input: 'Explain tides [sim:tokens:30]',
      stream: true,
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const events = sse(await response.text());
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('response.created');
    expect(names.at(-1)).toBe('response.completed');
    expect(names).toContain('response.reasoning_text.delta');
    expect(names.indexOf('response.output_text.delta')).toBeGreaterThan(
      names.indexOf('response.reasoning_text.done'),
    );
    expect(events.every((e) => e.data.type === e.event)).toBe(true);
    expect(events.map((e) => e.data.sequence_number)).toEqual(events.map((_, i) => i));
    const text = events
      .filter((e) => e.event === 'response.output_text.delta')
      .map((e) => e.data.delta)
      .join('');
    const done = events.find((e) => e.event === 'response.output_text.done');
    expect(done?.data.text).toBe(text);
    const completed = events.at(-1)?.data.response as ResponseJson;
    expect(completed.status).toBe('completed');
    expect(completed.usage.output_tokens).toBeGreaterThan(0);
  });

  it('sends an error event mid-stream with [sim:stream_error]', async () => {
    const response = await post(sim(), {
      model: MODEL,
      input: 'Explain tides [sim:stream_error]',
      stream: true,
    });
    const events = sse(await response.text());
    expect(events.at(-1)?.event).toBe('error');
    expect(events.some((e) => e.event === 'response.completed')).toBe(false);
  });
});
