/**
 * The remote MCP tool as Groq takes it in `tools` (chat completions and Responses):
 * `{ type: "mcp", server_label, server_url, headers?, allowed_tools?, server_description?,
 * require_approval? }`. Groq connects to `server_url` itself; header values are the user's secrets.
 */
import { z } from 'zod';

/** Labels name the server in list/call items: a letter, then letters, digits, `_` or `-` (≤ 64). */
export const MCP_LABEL_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;
export const MCP_LABEL_MESSAGE =
  'must start with a letter and hold at most 64 letters, digits, underscores or dashes';

/** An HTTP header name: an RFC 7230 `token`. */
export const HEADER_NAME_PATTERN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function headerNameMessage(name: string): string {
  return `\`${name}\` is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only, no spaces)`;
}

export const mcpToolSchema = z.strictObject({
  type: z.literal('mcp'),
  server_label: z.string().regex(MCP_LABEL_PATTERN, MCP_LABEL_MESSAGE),
  server_url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  server_description: z.string().nullable().optional(),
  headers: z
    .record(z.string(), z.string())
    .superRefine((headers, ctx) => {
      for (const name of Object.keys(headers)) {
        if (!HEADER_NAME_PATTERN.test(name)) {
          ctx.addIssue({ code: 'custom', path: [name], message: headerNameMessage(name) });
        }
      }
    })
    .nullable()
    .optional(),
  allowed_tools: z.array(z.string().min(1)).nullable().optional(),
  // Groq runs MCP calls without approval today; approval flows are announced, not available.
  require_approval: z.literal('never').nullable().optional(),
});

export type McpTool = z.infer<typeof mcpToolSchema>;

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

/** The zod refinement form of `duplicateMcpLabel`, for the request schemas' `tools` arrays. */
export function refineUniqueMcpLabels(tools: readonly unknown[], ctx: z.RefinementCtx): void {
  const duplicate = duplicateMcpLabel(tools);
  if (duplicate) {
    ctx.addIssue({
      code: 'custom',
      path: [duplicate.index, 'server_label'],
      message: `MCP server label \`${duplicate.label}\` is used twice; each server needs its own label`,
    });
  }
}
