/**
 * A real MCP server for tests (vitest and Playwright): @modelcontextprotocol/sdk's McpServer behind
 * its Streamable HTTP transport (stateless, JSON responses) on a free loopback port. With `token`,
 * every request must carry `Authorization: Bearer <token>` or it gets a 401, as a private server
 * would answer. It records what it received (method, JSON-RPC method, authorization) so tests can
 * check that the headers reached it and that the tools were listed and called.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

export interface McpFixtureRequest {
  httpMethod: string;
  rpcMethod: string | null;
  authorization: string | null;
  status: number;
}

export interface McpFixture {
  /** The MCP endpoint, e.g. http://127.0.0.1:41234/mcp */
  url: string;
  requests: McpFixtureRequest[];
  /** Every tools/call the server ran, with its arguments. */
  calls: { name: string; arguments: Record<string, unknown> }[];
  close(): Promise<void>;
}

export const FORECASTS: Record<string, string> = {
  paris: 'Light rain, 14 °C, wind 12 km/h',
  tokyo: 'Clear skies, 22 °C, humidity 40%',
};

function buildServer(calls: McpFixture['calls']): McpServer {
  const server = new McpServer({ name: 'playground-test-mcp', version: '1.0.0' });
  server.registerTool(
    'get_forecast',
    {
      description: 'Weather forecast for a city',
      inputSchema: { city: z.string().describe('The city, e.g. Paris') },
      annotations: { readOnlyHint: true },
    },
    async ({ city }) => {
      calls.push({ name: 'get_forecast', arguments: { city } });
      const forecast = FORECASTS[city.toLowerCase()] ?? 'Partly cloudy, 18 °C';
      return { content: [{ type: 'text', text: `Forecast for ${city}: ${forecast}` }] };
    },
  );
  server.registerTool(
    'count_words',
    {
      description: 'Count the words in a sentence',
      inputSchema: { text: z.string().describe('The sentence to count') },
    },
    async ({ text }) => {
      calls.push({ name: 'count_words', arguments: { text } });
      const words = text.trim().split(/\s+/).filter(Boolean).length;
      return { content: [{ type: 'text', text: `${words} words` }] };
    },
  );
  return server;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function rpcMethodOf(body: unknown): string | null {
  const first = Array.isArray(body) ? body[0] : body;
  const method = typeof first === 'object' && first !== null ? Reflect.get(first, 'method') : undefined;
  return typeof method === 'string' ? method : null;
}

export async function startMcpServer(options: { token?: string } = {}): Promise<McpFixture> {
  const requests: McpFixtureRequest[] = [];
  const calls: McpFixture['calls'] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    const entry: McpFixtureRequest = {
      httpMethod: req.method ?? 'GET',
      rpcMethod: rpcMethodOf(body),
      authorization: req.headers.authorization ?? null,
      status: 0,
    };
    requests.push(entry);
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      entry.status = 401;
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      res.end(JSON.stringify({ error: 'invalid_token', error_description: 'Missing or wrong bearer token' }));
      return;
    }
    if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== '/mcp') {
      entry.status = 405;
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const server = buildServer(calls);
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    res.on('close', () => {
      transport.close().catch(() => undefined);
      server.close().catch(() => undefined);
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
    entry.status = res.statusCode;
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    requests,
    calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.close((error) => (error ? reject(error) : resolve()));
        http.closeAllConnections();
      }),
  };
}
