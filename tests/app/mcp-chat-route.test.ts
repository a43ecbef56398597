import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORECASTS, type McpFixture, startMcpServer } from '@/e2e/support/mcp-server';
import { startSimulatorServer } from '@/lib/simulator';
import { EventStreamDecoder } from '@/lib/stream/decode';
import type { ChatEvent } from '@/lib/stream/events';

const KEY = 'gsk_route_test_key';
const TOKEN = 'mcp_route_secret_77c1';
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
  ({ POST } = await import('@/app/api/chat/route'));
});

afterAll(async () => {
  await server.close();
  await mcp.close();
});

const chat = (token: string, stream: boolean) =>
  POST(
    new Request('http://localhost/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'openai/gpt-oss-20b',
        stream,
        messages: [{ role: 'user', content: 'What is the forecast in Tokyo?' }],
        tools: [
          {
            type: 'mcp',
            server_label: 'weather',
            server_url: mcp.url,
            headers: { Authorization: `Bearer ${token}` },
            require_approval: 'never',
          },
        ],
      }),
    }),
  );

async function events(response: Response): Promise<ChatEvent[]> {
  const decoder = new EventStreamDecoder();
  return [...decoder.push(new Uint8Array(await response.arrayBuffer())), ...decoder.end()];
}

describe('POST /api/chat with a remote MCP server', () => {
  for (const stream of [true, false]) {
    it(`carries the listed tools and the call with its output (stream: ${stream})`, async () => {
      const response = await chat(TOKEN, stream);
      expect(response.status).toBe(200);
      const deltas = (await events(response)).flatMap((e) => (e.event === 'delta' ? [e.data] : []));
      const lists = deltas.flatMap((d) => d.mcp_list_tools ?? []);
      expect(lists).toEqual([expect.objectContaining({ server_label: 'weather' })]);
      expect(lists[0]?.tools.map((t) => t.name)).toEqual(['get_forecast', 'count_words']);
      const executed = deltas.flatMap((d) => d.executed_tools ?? []);
      expect(executed.find((t) => t.type === 'mcp')).toMatchObject({
        server_label: 'weather',
        name: 'get_forecast',
      });
      expect(executed.map((t) => t.output ?? '').join('')).toContain(FORECASTS.tokyo);
      expect(deltas.map((d) => d.content ?? '').join('')).toContain(FORECASTS.tokyo);
    });
  }

  it('answers 424 external_connector_error naming the label, without the header value', async () => {
    const response = await chat('not_the_token_5521', true);
    expect(response.status).toBe(424);
    const body = (await response.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe('external_connector_error');
    expect(body.error.message).toContain("MCP server 'weather'");
    expect(JSON.stringify(body)).not.toContain('not_the_token_5521');
  });
});
