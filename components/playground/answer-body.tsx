'use client';

import { MarkdownMessage } from '@/components/markdown/markdown-message';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { JsonAnswer } from './json-answer';
import { splitThinking, Thinking } from './thinking';
import { ToolCalls } from './tool-calls';

/** A generated answer: thinking (if any), then markdown or JSON, then the tool calls it made. */
export function AnswerBody({ message }: { message: ConversationMessage }) {
  const answer = message.answer;
  const streaming = answer?.status === 'streaming';
  const raw = splitThinking(message.content);
  const thinking = answer?.reasoning ?? raw.thinking;
  const format = answer?.request.response_format?.type;
  const jsonMode = format === 'json_object' || format === 'json_schema';
  return (
    <>
      {thinking ? <Thinking text={thinking} streaming={streaming && raw.answer === ''} /> : null}
      <div data-testid="message-content" className="text-sm">
        {jsonMode && !streaming && raw.answer !== '' ? (
          <JsonAnswer text={raw.answer} />
        ) : (
          <MarkdownMessage text={raw.answer} streaming={streaming} />
        )}
      </div>
      {message.toolCalls?.length ? <ToolCalls calls={message.toolCalls} /> : null}
    </>
  );
}
