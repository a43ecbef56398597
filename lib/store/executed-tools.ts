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
