/**
 * The MCP tool's field rules without zod: the browser checks servers as they are typed with these
 * (lib/mcp/validate.ts) and must not load the request schemas for it; lib/schema/mcp-tool.ts builds
 * the route's zod schema from the same patterns and messages.
 */
import type { McpTool } from '../schema/mcp-tool';

/** Labels name the server in list/call items: a letter, then letters, digits, `_` or `-` (≤ 64). */
export const MCP_LABEL_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;
export const MCP_LABEL_MESSAGE =
  'must start with a letter and hold at most 64 letters, digits, underscores or dashes';

/** An HTTP header name: an RFC 7230 `token`. */
export const HEADER_NAME_PATTERN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function headerNameMessage(name: string): string {
  return `\`${name}\` is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only, no spaces)`;
}

/** A tools entry that is an MCP server (works on any tools array, typed or not). */
export function isMcpTool(tool: unknown): tool is McpTool {
  return typeof tool === 'object' && tool !== null && Reflect.get(tool, 'type') === 'mcp';
}

/** Each MCP server's label must be unique within one request: list and call items are keyed by it. */
export function duplicateMcpLabel(tools: readonly unknown[]): { index: number; label: string } | null {
  const seen = new Set<string>();
  for (const [index, tool] of tools.entries()) {
    if (!isMcpTool(tool)) continue;
    if (seen.has(tool.server_label)) return { index, label: tool.server_label };
    seen.add(tool.server_label);
  }
  return null;
}
