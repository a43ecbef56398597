'use client';

import { useMemo } from 'react';
import { CitationContext, type CitationSources } from '@/components/markdown/citation-context';
import { MarkdownMessage } from '@/components/markdown/lazy-markdown';
import { McpToolLists } from '@/components/mcp/mcp-transcript';
import { insertCitationMarkers } from '@/lib/markdown/citations';
import { splitThinking } from '@/lib/markdown/thinking';
import type { AnswerMeta, ConversationMessage } from '@/lib/store/conversation-slice';
import { ExecutedTools } from './executed-tools';
import { JsonAnswer } from './json-answer';
import { Thinking } from './thinking';
import { ToolCalls } from './tool-calls';

/** The documents of the request that produced the answer, by id (text documents; JSON ones as JSON). */
function requestDocuments(answer: AnswerMeta | undefined): Map<string, string> {
  const docs = new Map<string, string>();
  for (const doc of answer?.request.documents ?? []) {
    if (!doc.id) continue;
    docs.set(doc.id, doc.source.type === 'text' ? doc.source.text : JSON.stringify(doc.source.data, null, 2));
  }
  return docs;
}

/**
 * A generated answer: thinking (if any), then markdown (with citation markers) or JSON, then the
 * tools Groq ran and the tool calls it made.
 */
export function AnswerBody({ message }: { message: ConversationMessage }) {
  const answer = message.answer;
  const streaming = answer?.status === 'streaming';
  const annotations = answer?.annotations;
  const sources = useMemo<CitationSources | null>(
    () =>
      annotations?.length
        ? { answer: message.content, annotations, documents: requestDocuments(answer) }
        : null,
    [annotations, message.content, answer],
  );
  const marked = sources ? insertCitationMarkers(message.content, sources.annotations) : message.content;
  const raw = splitThinking(marked);
  const thinking = answer?.reasoning ?? raw.thinking;
  const format = answer?.request.response_format?.type;
  const jsonMode = format === 'json_object' || format === 'json_schema';
  return (
    <>
      {thinking ? <Thinking text={thinking} streaming={streaming && raw.answer === ''} /> : null}
      <div data-testid="message-content" className="text-sm">
        {jsonMode && !streaming && raw.answer !== '' ? (
          <JsonAnswer text={splitThinking(message.content).answer} />
        ) : (
          <CitationContext.Provider value={sources}>
            <MarkdownMessage text={raw.answer} streaming={streaming} />
          </CitationContext.Provider>
        )}
      </div>
      {answer?.mcpLists?.length ? <McpToolLists lists={answer.mcpLists} /> : null}
      {answer?.executedTools?.length ? <ExecutedTools tools={answer.executedTools} /> : null}
      {message.toolCalls?.length ? <ToolCalls calls={message.toolCalls} /> : null}
    </>
  );
}
