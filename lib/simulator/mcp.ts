/**
 * Remote MCP as Groq runs it, for the simulator: for each `{type: "mcp"}` tool, connect to its
 * `server_url` over Streamable HTTP with its headers (initialize), list its tools (tools/list,
 * filtered by `allowed_tools`), and call the ones the prompt is about (tools/call), exactly as the
 * simulator decides function calls. A server that cannot be reached, refuses the headers or breaks
 * the protocol is a 424 `external_connector_error` naming its label; header values never appear in
 * it. Hosts outside SIMULATOR_MCP_ALLOWED_HOSTS are refused without a connection.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  StreamableHTTPClientTransport,
  StreamableHTTPError,
} from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { mcpHeaderSecrets, scrubSecrets } from '../mcp/redact';
import type { CatalogModel } from '../models/catalog';
import { MCP_LABEL_PATTERN } from '../schema/mcp-tool';
import type { ChatRequest, JsonSchema, ToolDefinition } from './chat-types';
import { isRecord } from './chat-types';
import { ApiError, fieldError, invalidRequest } from './errors';
import { describeAllowedHosts, isMcpHostAllowed, type McpAllowedHosts } from './mcp-hosts';
import { planToolCalls } from './tools';

export interface SimMcpServer {
  label: string;
  url: string;
  headers: Record<string, string>;
  allowedTools?: string[];
}

export interface SimMcpListedTool {
  name: string;
  description?: string;
  input_schema: Record<string, unknown>;
  annotations?: unknown;
}

/** `mcp_list_tools` as Groq returns it (completion field; Responses output item). */
export interface SimMcpList {
  id: string;
  type: 'mcp_list_tools';
  server_label: string;
  tools: SimMcpListedTool[];
}

export interface SimMcpCall {
  id: string;
  server_label: string;
  name: string;
  /** A JSON string. */
  arguments: string;
  output: string;
  error?: string;
}

export interface McpRun {
  lists: SimMcpList[];
  calls: SimMcpCall[];
}

const TIMEOUT_MS = 10_000;

/** The request's MCP servers, checked the way Groq checks them (names of the failing field). */
export function parseMcpServers(tools: unknown): SimMcpServer[] {
  if (!Array.isArray(tools)) return [];
  const servers: SimMcpServer[] = [];
  tools.forEach((tool, k) => {
    if (!isRecord(tool) || tool.type !== 'mcp') return;
    const label = tool.server_label;
    if (typeof label !== 'string' || !MCP_LABEL_PATTERN.test(label)) {
      throw fieldError(`tools.${k}.server_label`, `value must match ${MCP_LABEL_PATTERN.source}`);
    }
    if (servers.some((s) => s.label === label)) {
      throw fieldError(`tools.${k}.server_label`, `duplicate server_label \`${label}\``);
    }
    const url =
      typeof tool.server_url === 'string' && URL.canParse(tool.server_url) ? new URL(tool.server_url) : null;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw fieldError(`tools.${k}.server_url`, 'value must be an http(s) URL');
    }
    const headers: Record<string, string> = {};
    if (tool.headers !== undefined && tool.headers !== null) {
      if (!isRecord(tool.headers)) throw fieldError(`tools.${k}.headers`, 'value must be an object');
      for (const [name, value] of Object.entries(tool.headers)) {
        if (typeof value !== 'string')
          throw fieldError(`tools.${k}.headers.${name}`, 'value must be a string');
        headers[name] = value;
      }
    }
    const allowed = tool.allowed_tools;
    if (
      allowed !== undefined &&
      allowed !== null &&
      !(Array.isArray(allowed) && allowed.every((n) => typeof n === 'string'))
    ) {
      throw fieldError(`tools.${k}.allowed_tools`, 'value must be an array of strings');
    }
    if (
      tool.require_approval !== undefined &&
      tool.require_approval !== null &&
      tool.require_approval !== 'never'
    ) {
      throw invalidRequest(
        '`require_approval` is not supported yet for MCP tools; send "never" or leave it out',
      );
    }
    servers.push({
      label,
      url: url.href,
      headers,
      ...(Array.isArray(allowed) ? { allowedTools: allowed as string[] } : {}),
    });
  });
  return servers;
}

export function connectorError(label: string, cause: string): ApiError {
  return new ApiError(424, {
    message: `Error connecting to MCP server '${label}': ${cause}`,
    type: 'external_connector_error',
    code: 'external_connector_error',
  });
}

const STATUS_HINT: Record<number, string> = {
  401: 'Unauthorized; check the Authorization header',
  403: 'Forbidden; check the headers',
  404: 'Not Found; check the server URL',
};

function causeOf(error: unknown, server: SimMcpServer): string {
  if (error instanceof StreamableHTTPError && typeof error.code === 'number' && error.code >= 400) {
    const hint = STATUS_HINT[error.code] ?? 'the server refused the request';
    return `the server answered HTTP ${error.code} (${hint})`;
  }
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error && parts.length < 3; e = e.cause) parts.push(e.message);
  const text = parts.join(': ') || String(error);
  return scrubSecrets(
    text,
    mcpHeaderSecrets([{ type: 'mcp', server_label: server.label, headers: server.headers }]),
  );
}

function textOf(content: unknown): string {
  if (!Array.isArray(content)) return '';
  return content
    .map((part) =>
      isRecord(part) && part.type === 'text' && typeof part.text === 'string'
        ? part.text
        : isRecord(part)
          ? JSON.stringify(part)
          : '',
    )
    .join('\n');
}

let listIds = 0;
let callIds = 0;
const nextId = (prefix: string, n: number) =>
  `${prefix}_${Date.now().toString(36)}${n.toString(36).padStart(4, '0')}`;

async function runServer(
  server: SimMcpServer,
  request: ChatRequest,
  model: CatalogModel,
  prompt: string,
  signal: AbortSignal,
): Promise<{ list: SimMcpList; calls: SimMcpCall[] }> {
  const client = new Client({ name: 'groq-simulator', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(server.url), {
    requestInit: { headers: server.headers, redirect: 'error' },
    reconnectionOptions: {
      maxRetries: 0,
      initialReconnectionDelay: 1000,
      maxReconnectionDelay: 1000,
      reconnectionDelayGrowFactor: 1,
    },
  });
  const options = { signal, timeout: TIMEOUT_MS };
  try {
    await client.connect(transport, options);
    const listed = await client.listTools(undefined, options);
    const allowed = server.allowedTools;
    const tools: SimMcpListedTool[] = listed.tools
      .filter((tool) => !allowed || allowed.includes(tool.name))
      .map((tool) => ({
        name: tool.name,
        ...(tool.description ? { description: tool.description } : {}),
        input_schema: tool.inputSchema as Record<string, unknown>,
        ...(tool.annotations ? { annotations: tool.annotations } : {}),
      }));
    listIds += 1;
    const list: SimMcpList = {
      id: nextId('mcpl', listIds),
      type: 'mcp_list_tools',
      server_label: server.label,
      tools,
    };
    const definitions: ToolDefinition[] = tools.map((tool) => ({
      type: 'function',
      function: {
        name: tool.name,
        ...(tool.description ? { description: tool.description } : {}),
        parameters: tool.input_schema as JsonSchema,
      },
    }));
    const planned =
      planToolCalls({ ...request, tools: definitions, toolChoice: 'auto' }, model, prompt) ?? [];
    const calls: SimMcpCall[] = [];
    for (const call of planned) {
      const args = JSON.parse(call.function.arguments) as Record<string, unknown>;
      const result = await client.callTool({ name: call.function.name, arguments: args }, undefined, options);
      const output = textOf(result.content);
      callIds += 1;
      calls.push({
        id: nextId('mcp', callIds),
        server_label: server.label,
        name: call.function.name,
        arguments: call.function.arguments,
        output,
        ...(result.isError ? { error: output || 'the tool reported an error' } : {}),
      });
    }
    return { list, calls };
  } catch (error) {
    throw connectorError(server.label, causeOf(error, server));
  } finally {
    await client.close().catch(() => undefined);
  }
}

/**
 * Lists and calls every server's tools, in order. Refuses (424) a host off the allowlist before
 * connecting, and any server that fails; nothing is partially answered.
 */
export async function runMcpServers(
  servers: readonly SimMcpServer[],
  request: ChatRequest,
  model: CatalogModel,
  prompt: string,
  allowed: McpAllowedHosts,
  signal: AbortSignal,
): Promise<McpRun> {
  if (servers.length > 0 && !model.capabilities.mcp) {
    throw invalidRequest(`\`mcp\` tools are not supported with model \`${model.id}\``);
  }
  for (const server of servers) {
    const url = new URL(server.url);
    if (!isMcpHostAllowed(url, allowed)) {
      throw connectorError(
        server.label,
        `this simulator does not call MCP servers on ${url.host} (SIMULATOR_MCP_ALLOWED_HOSTS: ${describeAllowedHosts(allowed)}); it is not an open proxy`,
      );
    }
  }
  const run: McpRun = { lists: [], calls: [] };
  // Only a conversation whose last turn is the user's asks for new calls (as with function tools).
  const asks = request.messages.at(-1)?.role === 'user';
  for (const server of servers) {
    const { list, calls } = await runServer(server, request, model, asks ? prompt : '', signal);
    run.lists.push(list);
    run.calls.push(...calls);
  }
  return run;
}
