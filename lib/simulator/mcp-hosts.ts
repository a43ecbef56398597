/**
 * Which MCP servers the simulator may call. It connects wherever a request says, so on a deployed
 * demo it must not become an open proxy: only hosts on the allowlist are reached (default: loopback
 * only; nothing at all in production unless SIMULATOR_MCP_ALLOWED_HOSTS is set).
 */
import { isLoopbackHost } from '../mcp/address';

/** `loopback`, `*` (any host), `host` or `host:port` entries; empty = MCP refused. */
export type McpAllowedHosts = readonly string[];

export function defaultMcpAllowedHosts(nodeEnv: string | undefined): McpAllowedHosts {
  return nodeEnv === 'production' ? [] : ['loopback'];
}

/** The env value (comma-separated; `none` = refuse all) as entries; undefined when unset. */
export function parseMcpAllowedHosts(value: string | undefined): McpAllowedHosts | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const entries = value
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  return entries.includes('none') ? [] : entries;
}

export function isMcpHostAllowed(url: URL, allowed: McpAllowedHosts): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return allowed.some((entry) => {
    if (entry === '*') return true;
    if (entry === 'loopback') return isLoopbackHost(host);
    const [entryHost, entryPort] = entry.startsWith('[')
      ? [entry.slice(1, entry.indexOf(']')), entry.slice(entry.indexOf(']') + 2) || undefined]
      : (entry.split(':') as [string, string | undefined]);
    return entryHost === host && (entryPort === undefined || entryPort === port);
  });
}

export function describeAllowedHosts(allowed: McpAllowedHosts): string {
  return allowed.length === 0 ? 'none' : allowed.join(', ');
}
