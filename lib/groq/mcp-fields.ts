import 'server-only';
import type { DeltaEventData, McpListedTool, McpToolList } from '../stream/events';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listedTool(tool: unknown): McpListedTool[] {
  if (!isRecord(tool) || typeof tool.name !== 'string') return [];
  return [
    {
      name: tool.name,
      ...(typeof tool.description === 'string' ? { description: tool.description } : {}),
      ...(isRecord(tool.input_schema) ? { input_schema: tool.input_schema } : {}),
      ...(tool.annotations !== undefined && tool.annotations !== null
        ? { annotations: tool.annotations }
        : {}),
    },
  ];
}

/** One `mcp_list_tools` entry (chat field or Responses output item) in the event protocol's shape. */
export function mcpToolList(item: unknown): McpToolList | null {
  if (!isRecord(item) || typeof item.server_label !== 'string') return null;
  return {
    ...(typeof item.id === 'string' ? { id: item.id } : {}),
    server_label: item.server_label,
    tools: Array.isArray(item.tools) ? item.tools.flatMap(listedTool) : [],
  };
}

/** Groq's `mcp_list_tools` (on a completion, or the first chunk of a stream) as a delta's field. */
export function mcpListFields(source: { mcp_list_tools?: unknown }): DeltaEventData {
  if (!Array.isArray(source.mcp_list_tools)) return {};
  const lists = source.mcp_list_tools.flatMap((item) => mcpToolList(item) ?? []);
  return lists.length > 0 ? { mcp_list_tools: lists } : {};
}
