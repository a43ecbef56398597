'use client';

import { useConversationStore } from '@/lib/store/conversation-store';
import { AnswerStats } from './answer-stats';
import { AttachedImages } from './attached-images';
import { ErrorNotice } from './error-notice';

export function Transcript() {
  const messages = useConversationStore((s) => s.messages);
  if (messages.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-neutral-300 p-6 text-center text-sm text-neutral-500 dark:border-neutral-700">
        Write a message below and press Submit to see the model answer.
      </p>
    );
  }
  return (
    <ol className="flex flex-col gap-3" aria-label="Conversation">
      {messages.map((message) => (
        <li
          key={message.id}
          className="rounded-md border border-neutral-200 p-3 dark:border-neutral-800"
          data-role={message.role}
          aria-label={message.role === 'user' ? 'User message' : 'Assistant message'}
        >
          <div className="mb-1 text-xs font-semibold uppercase tracking-wide text-neutral-500">
            {message.role === 'user' ? 'User' : 'Assistant'}
          </div>
          <div className="whitespace-pre-wrap break-words text-sm" data-testid="message-content">
            {message.content}
          </div>
          {message.images?.length ? <AttachedImages urls={message.images} /> : null}
          {message.answer ? (
            <>
              {message.answer.error ? <ErrorNotice error={message.answer.error} /> : null}
              <AnswerStats answer={message.answer} />
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
