/**
 * A failing remote MCP server: Groq answers HTTP 424 `external_connector_error` with a message that
 * names the server. Which of the request's servers it was, for the card's "Turn off <label>". Pure.
 */
import type { PlaygroundErrorBody } from '../errors';
import { isMcpTool } from './tool-fields';

export function isConnectorError(error: Pick<PlaygroundErrorBody, 'status' | 'type' | 'code'>): boolean {
  return error.type === 'external_connector_error' || error.code === 'external_connector_error';
}

/** The label of the request's MCP server the message names (quoted first, then anywhere), or null. */
export function failingServerLabel(
  message: string,
  tools: readonly unknown[] | null | undefined,
): string | null {
  const labels = (tools ?? []).filter(isMcpTool).map((tool) => tool.server_label);
  // Longest first, so `docs` does not win over `docs-v2`.
  const sorted = [...labels].sort((a, b) => b.length - a.length);
  const quoted = sorted.find((label) => message.includes(`'${label}'`) || message.includes(`"${label}"`));
  if (quoted) return quoted;
  const named = sorted.find((label) => new RegExp(`\\b${label.replace(/[-]/g, '\\-')}\\b`).test(message));
  return named ?? (labels.length === 1 ? (labels[0] ?? null) : null);
}
