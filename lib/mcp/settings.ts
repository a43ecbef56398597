/**
 * MCP servers as the playground keeps them: what is saved and shared (label, URL, allowed tools,
 * description, on/off) apart from the header text, a secret held in memory only. Joined again just
 * before a request is built. Pure.
 */
import type { McpTool } from '../schema/mcp-tool';
import { checkMcpServers, type McpServerDraft, parseHeaderLines } from './validate';

/** Which Groq API the workbench sends to. */
export type ChatApi = 'chat' | 'responses';

export const CHAT_APIS: readonly { id: ChatApi; label: string }[] = [
  { id: 'chat', label: 'Chat Completions' },
  { id: 'responses', label: 'Responses' },
];

/** A server without its headers: safe to save, share and keep in History. */
export interface McpServerSetting {
  id: string;
  enabled: boolean;
  label: string;
  url: string;
  allowedTools: string;
  description: string;
  /** From a shared link: the headers the sender's server had (names only); the receiver fills them in. */
  headerNames?: string[];
}

/** A server with its header text, as the request builder takes it. */
export interface McpServerInput extends McpServerSetting, McpServerDraft {}

export function mcpServerInputs(
  servers: readonly McpServerSetting[],
  headers: Readonly<Record<string, string>>,
): McpServerInput[] {
  return servers.map((server) => ({ ...server, headers: headers[server.id] ?? '' }));
}

export interface McpRequestTools {
  /** The `{type: "mcp"}` entries of the servers that are on and have no error. */
  tools: McpTool[];
  /** Why Submit is held (a server that is on has an error), or null. */
  problem: string | null;
}

/** The servers that are on, checked together (duplicate labels among them), as `tools` entries. */
export function mcpRequestTools(servers: readonly McpServerInput[]): McpRequestTools {
  const enabled = servers.filter((server) => server.enabled);
  const checks = checkMcpServers(enabled);
  const tools = checks.flatMap((check) => (check.tool ? [check.tool] : []));
  const bad = enabled
    .map((server, i) => ({ server, i, error: checks[i]?.problems.find((p) => p.severity === 'error') }))
    .filter(({ error }) => error !== undefined)
    .map(({ server, i, error }) => `MCP server ${server.label.trim() || i + 1}: ${error?.message}`);
  if (bad.length === 0) return { tools, problem: null };
  return { tools, problem: `${bad.join(' ')} Fix it under Tools, or turn that server off.` };
}

/** A saved or shared server list, checked field by field (untrusted input: a link, old storage). */
export function readMcpServerSettings(value: unknown): McpServerSetting[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i) => {
    if (typeof item !== 'object' || item === null) return [];
    const text = (key: string) => {
      const v = Reflect.get(item, key);
      return typeof v === 'string' ? v : '';
    };
    const names: unknown = Reflect.get(item, 'headerNames');
    const headerNames = Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
    return [
      {
        id: text('id') || `mcp-${i + 1}`,
        enabled: Reflect.get(item, 'enabled') !== false,
        label: text('label'),
        url: text('url'),
        allowedTools: text('allowedTools'),
        description: text('description'),
        ...(headerNames.length > 0 ? { headerNames } : {}),
      },
    ];
  });
}

/** The servers as a link carries them: no header values, only the names the receiver must fill in. */
export function shareableMcpServers(
  servers: readonly McpServerSetting[],
  headers: Readonly<Record<string, string>>,
) {
  return servers.map((server) => {
    const typed = Object.keys(parseHeaderLines(headers[server.id] ?? '').headers);
    const headerNames = typed.length > 0 ? typed : (server.headerNames ?? []);
    return {
      label: server.label,
      url: server.url,
      allowedTools: server.allowedTools,
      description: server.description,
      enabled: server.enabled,
      ...(headerNames.length > 0 ? { headerNames } : {}),
    };
  });
}
