import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FORECASTS, type McpFixture, startMcpServer } from '@/e2e/support/mcp-server';
import { startSimulatorServer } from '@/lib/simulator';
import { EventStreamDecoder } from '@/lib/stream/decode';
import type { ChatEvent, DeltaEventData } from '@/lib/stream/events';

const KEY = 'gsk_responses_route_key';
const TOKEN = 'responses_route_mcp_token_9';
const MODEL = 'openai/gpt-oss-20b';
let server: Awaited<ReturnType<typeof startSimulatorServer>>;
let mcp: McpFixture;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  mcp = await startMcpServer({ token: TOKEN });
  server = await startSimulatorServer({
    port: 0,
    apiKey: KEY,
    tokensPerSecond: 0,
    mcpAllowedHosts: ['loopback'],
  });
  process.env.GROQ_BASE_URL = `${server.url}/openai/v1`;
  process.env.GROQ_API_KEY = KEY;
  ({ POST } = await import('@/app/api/responses/route'));
});

afterAll(async () => {
  await server.close();
  await mcp.close();
});

beforeEach(() => server.simulator.reset());

const send = (body: unknown) =>
  POST(
    new Request('http://localhost/api/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );

async function events(response: Response): Promise<ChatEvent[]> {
  const decoder = new EventStreamDecoder();
  return [...decoder.push(new Uint8Array(await response.arrayBuffer())), ...decoder.end()];
}

const deltas = (list: ChatEvent[]): DeltaEventData[] =>
  list.flatMap((e) => (e.event === 'delta' ? [e.data] : []));
const joined = (list: ChatEvent[], key: 'content' | 'reasoning') =>
  deltas(list)
    .map((d) => d[key] ?? '')
    .join('');

describe('POST /api/responses through the gate to the simulator', () => {
  for (const stream of [true, false]) {
    it(`turns the Responses answer into the chat transcript's events (stream: ${stream})`, async () => {
      const response = await send({
        model: MODEL,
        instructions: 'Answer as a sailor.',
        input: 'Explain tides',
        stream,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      const list = await events(response);
      expect(list[0]?.event).toBe('start');
      expect(joined(list, 'reasoning').length).toBeGreaterThan(0);
      expect(joined(list, 'content')).toContain('sailor');
      const usage = list.find((e) => e.event === 'usage');
      expect(usage?.data).toMatchObject({
        prompt_tokens: expect.any(Number),
        reasoning_tokens: expect.any(Number),
      });
      expect(list.at(-1)).toMatchObject({
        event: 'done',
        data: { finish_reason: 'stop', id: expect.stringMatching(/^resp_/) },
      });
      const upstream = server.simulator.requests.at(-1);
      expect(upstream?.path).toBe('/openai/v1/responses');
      expect(upstream?.body).toMatchObject({ instructions: 'Answer as a sailor.', input: 'Explain tides' });
    });
  }

  it('sends the MCP server and shows its list and call, with the token only upstream', async () => {
    const response = await send({
      model: MODEL,
      input: 'What is the forecast in Tokyo?',
      stream: true,
      tools: [
        {
          type: 'mcp',
          server_label: 'weather',
          server_url: mcp.url,
          headers: { Authorization: `Bearer ${TOKEN}` },
        },
      ],
    });
    const text = await response.clone().text();
    expect(text).not.toContain(TOKEN);
    const list = deltas(await events(response));
    expect(list.flatMap((d) => d.mcp_list_tools ?? []).map((l) => l.server_label)).toEqual(['weather']);
    expect(list.flatMap((d) => d.executed_tools ?? [])).toEqual([
      expect.objectContaining({
        type: 'mcp',
        server_label: 'weather',
        name: 'get_forecast',
        output: `Forecast for Tokyo: ${FORECASTS.tokyo}`,
      }),
    ]);
    expect(JSON.stringify(server.simulator.requests)).not.toContain(TOKEN);
  });

  it('maps function calls to tool_calls with finish_reason tool_calls', async () => {
    const list = await events(
      await send({
        model: MODEL,
        input: 'Weather in Paris?',
        stream: true,
        tools: [
          {
            type: 'function',
            name: 'get_weather',
            description: 'Weather for a city',
            parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
          },
        ],
      }),
    );
    const calls = deltas(list).flatMap((d) => d.tool_calls ?? []);
    expect(calls[0]).toMatchObject({ index: 0, type: 'function', function: { name: 'get_weather' } });
    expect(calls.map((c) => c.function?.arguments ?? '').join('')).toBe(JSON.stringify({ city: 'Paris' }));
    expect(list.at(-1)).toMatchObject({ event: 'done', data: { finish_reason: 'tool_calls' } });
  });

  it('keeps 424 from a refusing MCP server, naming the label without the header value', async () => {
    const response = await send({
      model: MODEL,
      input: 'Forecast?',
      stream: true,
      tools: [
        {
          type: 'mcp',
          server_label: 'weather',
          server_url: mcp.url,
          headers: { Authorization: 'Bearer wrong_77' },
        },
      ],
    });
    expect(response.status).toBe(424);
    const body = (await response.json()) as { error: { type: string; message: string } };
    expect(body.error).toMatchObject({ type: 'external_connector_error', status: 424 });
    expect(body.error.message).toContain("MCP server 'weather'");
    expect(JSON.stringify(body)).not.toContain('wrong_77');
  });

  it('refuses a field Groq does not take before any upstream call', async () => {
    const response = await send({ model: MODEL, input: 'hi', previous_response_id: 'resp_123' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe(
      "'previous_response_id' : property 'previous_response_id' is unsupported",
    );
    expect(server.simulator.requests).toEqual([]);
  });

  it('reports a mid-stream failure as an error event after the text so far', async () => {
    const list = await events(
      await send({ model: MODEL, input: 'Explain tides [sim:stream_error]', stream: true }),
    );
    expect(list.at(-1)?.event).toBe('error');
  });
});
