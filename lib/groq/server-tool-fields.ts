import 'server-only';
import type { Annotation, DeltaEventData, ExecutedToolDelta } from '../stream/events';

/** Groq's `executed_tools` and `annotations` (typed loosely by the SDK) as the event protocol carries them. */
export function serverToolFields(source: {
  executed_tools?: unknown;
  annotations?: unknown;
}): DeltaEventData {
  const data: DeltaEventData = {};
  if (Array.isArray(source.executed_tools) && source.executed_tools.length > 0) {
    data.executed_tools = source.executed_tools.map((tool: ExecutedToolDelta, position: number) => ({
      ...tool,
      index: typeof tool.index === 'number' ? tool.index : position,
    }));
  }
  if (Array.isArray(source.annotations) && source.annotations.length > 0) {
    data.annotations = source.annotations.map(nestedAnnotation);
  }
  return data;
}

type FlatAnnotation = {
  type?: unknown;
  start_index?: unknown;
  end_index?: unknown;
  document_id?: unknown;
  tool_call_id?: unknown;
};

/**
 * One annotation in the SDK's nested shape (`{type, document_citation: {document_id, start_index,
 * end_index}}`). Groq's API reference also shows it flat (`{type, start_index, end_index,
 * document_id | tool_call_id}`); that shape is nested here, so the page reads one form.
 */
function nestedAnnotation(annotation: Annotation & FlatAnnotation): Annotation {
  if (annotation.document_citation || annotation.function_citation) return annotation;
  const { start_index, end_index, document_id, tool_call_id } = annotation;
  if (typeof start_index !== 'number' || typeof end_index !== 'number') return annotation;
  if (annotation.type === 'document_citation' && typeof document_id === 'string') {
    return { type: annotation.type, document_citation: { document_id, start_index, end_index } };
  }
  if (annotation.type === 'function_citation' && typeof tool_call_id === 'string') {
    return { type: annotation.type, function_citation: { tool_call_id, start_index, end_index } };
  }
  return annotation;
}
