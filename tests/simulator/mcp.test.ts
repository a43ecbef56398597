import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FORECASTS, type McpFixture, startMcpServer } from '../../e2e/support/mcp-server';
import { chatRequest, makeSimulator } from './helpers';

const TOKEN = 'mcp_secret_token_4f1d9a';
let mcp: McpFixture;

beforeAll(async () => {
  mcp = await startMcpServer({ token: TOKEN });
});
afterAll(() => mcp.close());
beforeEach(() => {
  mcp.requests.length = 0;
  mcp.calls.length = 0;
});

const MODEL = 'openai/gpt-oss-20b';
const weather = (overrides: Record<string, unknown> = {}) => ({
  type: 'mcp',
  server_label: 'weather',
  server_url: mcp.url,
  headers: { Authorization: `Bearer ${TOKEN}` },
  require_approval: 'never',
  ...overrides,
});
const ask = (content: string, tools: unknown[], extra: Record<string, unknown> = {}) => ({
  model: MODEL,
  messages: [{ role: 'user', content }],
  tools,
  ...extra,
});

interface McpJson {
  mcp_list_tools?: {
    id: string;
    type: string;
    server_label: string;
    tools: { name: string; description?: string; input_schema: object }[];
  }[];
  choices: { message: { content: string; executed_tools?: Record<string, unknown>[] } }[];
  error?: { message: string; type: string; code?: string };
}

async function send(sim: ReturnType<typeof makeSimulator>, body: unknown) {
  const response = await sim.handle(chatRequest(body));
  return { response, json: (await response.json()) as McpJson };
}

describe('remote MCP in the simulator (a real MCP server over Streamable HTTP)', () => {
  it('lists the tools, calls the one the prompt is about with the headers, and reports the call', async () => {
    const sim = makeSimulator({ era: 'today', mcpAllowedHosts: ['loopback'] });
    const { response, json } = await send(
      sim,
      ask('What is the weather forecast in Paris today?', [weather()]),
    );
    expect(response.status).toBe(200);
    expect(json.mcp_list_tools).toEqual([
      expect.objectContaining({
        type: 'mcp_list_tools',
        server_label: 'weather',
        tools: [
          expect.objectContaining({ name: 'get_forecast', description: 'Weather forecast for a city' }),
          expect.objectContaining({ name: 'count_words' }),
        ],
      }),
    ]);
    const executed = json.choices[0]?.message.executed_tools ?? [];
    expect(executed).toEqual([
      expect.objectContaining({
        type: 'mcp',
        server_label: 'weather',
        name: 'get_forecast',
        arguments: JSON.stringify({ city: 'Paris' }),
        output: `Forecast for Paris: ${FORECASTS.paris}`,
      }),
    ]);
    expect(json.choices[0]?.message.content).toContain(FORECASTS.paris);
    expect(mcp.calls).toEqual([{ name: 'get_forecast', arguments: { city: 'Paris' } }]);
    expect(mcp.requests.map((r) => r.rpcMethod)).toEqual(
      expect.arrayContaining(['initialize', 'tools/list', 'tools/call']),
    );
    expect(mcp.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('lists only the allowed tools and never calls the others', async () => {
    const sim = makeSimulator({ era: 'today', mcpAllowedHosts: ['loopback'] });
    const { json } = await send(
      sim,
      ask('Weather forecast for Tokyo?', [weather({ allowed_tools: ['count_words'] })]),
    );
    expect(json.mcp_list_tools?.[0]?.tools.map((t) => t.name)).toEqual(['count_words']);
    expect(json.choices[0]?.message.executed_tools).toBeUndefined();
    expect(mcp.calls).toEqual([]);
  });

  it('answers 424 external_connector_error naming the label when the server refuses the token', async () => {
    const sim = makeSimulator({ era: 'today', mcpAllowedHosts: ['loopback'] });
    const { response, json } = await send(
      sim,
      ask('Forecast in Paris?', [weather({ headers: { Authorization: 'Bearer wrong_token_123' } })]),
    );
    expect(response.status).toBe(424);
    expect(json.error?.type).toBe('external_connector_error');
    expect(json.error?.message).toBe(
      "Error connecting to MCP server 'weather': the server answered HTTP 401 (Unauthorized; check the Authorization header)",
    );
    expect(json.error?.message).not.toContain('wrong_token_123');
    expect(mcp.requests[0]?.status).toBe(401);
  });

  it('answers 424 when nothing listens at the URL', async () => {
    const sim = makeSimulator({ era: 'today', mcpAllowedHosts: ['loopback'] });
    const { response, json } = await send(
      sim,
      ask('Forecast?', [weather({ server_label: 'gone', server_url: 'http://127.0.0.1:1/mcp' })]),
    );
    expect(response.status).toBe(424);
    expect(json.error?.message).toMatch(/^Error connecting to MCP server 'gone'/);
  });

  it('refuses a host off the allowlist without connecting, and says why', async () => {
    const sim = makeSimulator({ era: 'today', mcpAllowedHosts: [] });
    const { response, json } = await send(sim, ask('Forecast in Paris?', [weather()]));
    expect(response.status).toBe(424);
    expect(json.error?.message).toContain('SIMULATOR_MCP_ALLOWED_HOSTS');
    expect(json.error?.message).toContain('not an open proxy');
    expect(mcp.requests).toEqual([]);
  });

  it('keeps header values out of the request log', async () => {
    const sim = makeSimulator({ era: 'today', mcpAllowedHosts: ['loopback'] });
    await send(sim, ask('Forecast in Paris?', [weather()]));
    const logged = JSON.stringify(sim.requests);
    expect(logged).not.toContain(TOKEN);
    expect(logged).toContain('"Authorization":"***"');
  });

  it('streams mcp_list_tools in the first chunk and the call in executed_tools before the content', async () => {
    const sim = makeSimulator({ era: 'today', mcpAllowedHosts: ['loopback'] });
    const response = await sim.handle(chatRequest(ask('Forecast in Paris?', [weather()], { stream: true })));
    const chunks = (await response.text())
      .split('\n\n')
      .filter((frame) => frame.startsWith('data: {'))
      .map((frame) => JSON.parse(frame.slice(6)));
    expect(chunks[0].mcp_list_tools[0].server_label).toBe('weather');
    const executed = chunks.flatMap((c) => c.choices[0]?.delta.executed_tools ?? []);
    expect(executed[0]).toMatchObject({
      index: 0,
      type: 'mcp',
      server_label: 'weather',
      name: 'get_forecast',
    });
    expect(executed[1]).toMatchObject({ index: 0, output: `Forecast for Paris: ${FORECASTS.paris}` });
    const firstContent = chunks.findIndex((c) => c.choices[0]?.delta.content);
    const lastExecuted = chunks.findLastIndex((c) => c.choices[0]?.delta.executed_tools);
    expect(lastExecuted).toBeLessThan(firstContent);
  });

  it('refuses a label Groq would refuse and duplicate labels, before connecting', async () => {
    const sim = makeSimulator({ era: 'today', mcpAllowedHosts: ['loopback'] });
    const bad = await send(sim, ask('Hi', [weather({ server_label: '9lives' })]));
    expect(bad.response.status).toBe(400);
    expect(bad.json.error?.message).toContain("'tools.0.server_label'");
    const twice = await send(sim, ask('Hi', [weather(), weather()]));
    expect(twice.response.status).toBe(400);
    expect(twice.json.error?.message).toContain('duplicate server_label');
    expect(mcp.requests).toEqual([]);
  });
});
