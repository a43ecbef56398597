/**
 * How MCP results enter a simulated answer, as Groq reports them: each call in `executed_tools`
 * (`type: "mcp"`, server_label, name, arguments, output) after any built-in tools, a sentence per
 * call at the start of the content, and the listed tools in `mcp_list_tools`.
 */
import type { SimExecutedTool } from './built-in-tools';
import type { Generation } from './generate';
import type { McpRun, SimMcpCall } from './mcp';
import { tokenize } from './tokens';

export function mcpExecutedTools(calls: readonly SimMcpCall[], firstIndex: number): SimExecutedTool[] {
  return calls.map((call, i) => ({
    index: firstIndex + i,
    type: 'mcp',
    server_label: call.server_label,
    name: call.name,
    arguments: call.arguments,
    output: call.output,
    ...(call.error ? { error: call.error } : {}),
  }));
}

function quoted(output: string): string {
  const line = output.trim().split('\n')[0] ?? '';
  const short = line.length > 160 ? `${line.slice(0, 157)}…` : line;
  return `\`${short.replaceAll('`', "'") || '(empty)'}\``;
}

export function mcpFindings(calls: readonly SimMcpCall[]): string {
  const lines = calls.map((call) =>
    call.error
      ? `I called \`${call.name}\` on the ${call.server_label} MCP server; it failed with ${quoted(call.error)}.`
      : `I called \`${call.name}\` on the ${call.server_label} MCP server, which returned ${quoted(call.output)}.`,
  );
  return lines.length > 0 ? `${lines.join(' ')}\n\n` : '';
}

/** The generation with the MCP calls reported and quoted (the token limit still holds). */
export function withMcpResults(
  generation: Generation,
  run: McpRun,
  maxTokens: number | undefined,
): Generation {
  if (run.calls.length === 0) return generation;
  const executed = generation.executedTools ?? [];
  const executedTools = [...executed, ...mcpExecutedTools(run.calls, executed.length)];
  if (generation.content === null) return { ...generation, executedTools };
  let pieces = [...tokenize(mcpFindings(run.calls)), ...generation.pieces];
  let finishReason = generation.finishReason;
  const budget = maxTokens === undefined ? undefined : maxTokens - generation.reasoningPieces.length;
  if (budget !== undefined && pieces.length > budget) {
    pieces = pieces.slice(0, Math.max(0, budget));
    finishReason = 'length';
  }
  return {
    ...generation,
    content: pieces.join(''),
    pieces,
    finishReason,
    completionTokens: pieces.length + generation.reasoningPieces.length,
    executedTools,
  };
}
