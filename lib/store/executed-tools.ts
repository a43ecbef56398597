/**
 * Server-side tools (browser search, code execution) as they stream in `delta.executed_tools`:
 * fragments with the same `index` build one tool, like tool-call deltas — strings are appended,
 * result lists grow. A non-streamed `message.executed_tools` is one delta per tool and merges the same.
 */
import type { Annotation, ExecutedTool, ExecutedToolDelta } from '../stream/events';

function emptyTool(index: number): ExecutedTool {
  return { index, type: '', arguments: '' };
}

function mergeOne(current: ExecutedTool, delta: ExecutedToolDelta): ExecutedTool {
  const next: ExecutedTool = { ...current };
  if (delta.type && !current.type) next.type = delta.type;
  // MCP calls: which server and tool (sent whole, not in fragments), and the call's error.
  if (delta.server_label) next.server_label = delta.server_label;
  if (delta.name) next.name = delta.name;
  if (delta.error) next.error = delta.error;
  if (delta.arguments) next.arguments = current.arguments + delta.arguments;
  if (typeof delta.output === 'string') next.output = (current.output ?? '') + delta.output;
  if (delta.search_results) {
    next.search_results = {
      results: [...(current.search_results?.results ?? []), ...(delta.search_results.results ?? [])],
      ...(current.search_results?.images || delta.search_results.images
        ? { images: [...(current.search_results?.images ?? []), ...(delta.search_results.images ?? [])] }
        : {}),
    };
  }
  if (delta.code_results?.length)
    next.code_results = [...(current.code_results ?? []), ...delta.code_results];
  if (delta.browser_results?.length) {
    next.browser_results = [...(current.browser_results ?? []), ...delta.browser_results];
  }
  return next;
}

/** Merges fragments into the list, keeping tools in `index` order. */
export function mergeExecutedToolDeltas(
  tools: readonly ExecutedTool[],
  deltas: readonly ExecutedToolDelta[],
): ExecutedTool[] {
  const byIndex = new Map(tools.map((tool) => [tool.index, tool]));
  for (const delta of deltas) {
    if (!Number.isInteger(delta.index) || delta.index < 0) continue;
    byIndex.set(delta.index, mergeOne(byIndex.get(delta.index) ?? emptyTool(delta.index), delta));
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** The span an annotation covers, whichever kind it is (null when it has none). */
export function annotationSpan(annotation: Annotation): { start: number; end: number } | null {
  const cite = annotation.document_citation ?? annotation.function_citation;
  if (!cite || !Number.isInteger(cite.start_index) || !Number.isInteger(cite.end_index)) return null;
  return { start: cite.start_index, end: cite.end_index };
}

export type ExecutedToolKind = 'search' | 'code' | 'mcp' | 'other';

export interface ExecutedToolView {
  kind: ExecutedToolKind;
  /** One line: what the tool did (the query, or the first line of code). */
  summary: string;
  query?: string;
  code?: string;
  /** The arguments pretty-printed when they are JSON, else as sent. */
  argumentsText: string;
}

function parseArguments(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const stringField = (args: Record<string, unknown> | null, ...keys: string[]) => {
  for (const key of keys) {
    const value = args?.[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
};

function kindOf(tool: ExecutedTool): ExecutedToolKind {
  const type = tool.type.toLowerCase();
  if (type === 'mcp') return 'mcp';
  if (tool.search_results || tool.browser_results?.length || type.includes('search')) return 'search';
  if (tool.code_results || type.includes('code') || type.includes('python')) return 'code';
  return 'other';
}

const oneLine = (text: string, max = 80) => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/** How an executed tool is shown: its kind, a one-line summary and its main argument. */
export function describeExecutedTool(tool: ExecutedTool): ExecutedToolView {
  const args = parseArguments(tool.arguments);
  const argumentsText = args ? JSON.stringify(args, null, 2) : tool.arguments;
  const kind = kindOf(tool);
  if (kind === 'search') {
    const query = stringField(args, 'query', 'q') ?? tool.arguments;
    return { kind, query, argumentsText, summary: `Browser search: ${oneLine(query)}` };
  }
  if (kind === 'code') {
    const code = stringField(args, 'code', 'source') ?? tool.arguments;
    return { kind, code, argumentsText, summary: `Code execution: ${oneLine(code)}` };
  }
  if (kind === 'mcp') {
    const failed = tool.error ? ' (failed)' : '';
    return {
      kind,
      argumentsText,
      summary: `MCP ${tool.server_label ?? 'server'}: ${tool.name ?? 'tool'}${failed}`,
    };
  }
  return { kind, argumentsText, summary: `${tool.type || 'Tool'}: ${oneLine(tool.arguments)}` };
}
