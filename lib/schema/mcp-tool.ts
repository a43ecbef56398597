/**
 * The remote MCP tool as Groq takes it in `tools` (chat completions and Responses):
 * `{ type: "mcp", server_label, server_url, headers?, allowed_tools?, server_description?,
 * require_approval? }`. Groq connects to `server_url` itself; header values are the user's secrets.
 */
import { z } from 'zod';
import {
  duplicateMcpLabel,
  HEADER_NAME_PATTERN,
  headerNameMessage,
  MCP_LABEL_MESSAGE,
  MCP_LABEL_PATTERN,
} from '../mcp/tool-fields';

export {
  duplicateMcpLabel,
  HEADER_NAME_PATTERN,
  headerNameMessage,
  isMcpTool,
  MCP_LABEL_MESSAGE,
  MCP_LABEL_PATTERN,
} from '../mcp/tool-fields';

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
