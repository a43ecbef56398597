'use client';

import { memo, useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { regenerateChat } from '@/lib/store/chat-runner';
import { type ConversationMessage, useConversationStore } from '@/lib/store/conversation-store';
import { AnswerBody } from './answer-body';
import { AnswerStats } from './answer-stats';
import { AttachedImages } from './attached-images';
import { ErrorNotice } from './error-notice';
import { GuardNotice } from './guard-notice';
import { InspectButton } from './inspect-dialog';

const iconButton =
  'rounded px-1.5 py-0.5 text-xs text-neutral-500 hover:bg-neutral-100 disabled:opacity-30 dark:hover:bg-neutral-800';

function roleLabel(role: ConversationMessage['role']): string {
  if (role === 'tool') return 'Tool';
  return role === 'user' ? 'User' : 'Assistant';
}

function textboxLabel(message: ConversationMessage, index: number): string {
  if (message.role === 'tool') return `Result of ${message.toolName ?? 'tool call'}`;
  return `${roleLabel(message.role)} message ${index + 1}`;
}

export const MessageTurn = memo(function MessageTurn({
  id,
  index,
  count,
}: {
  id: string;
  index: number;
  count: number;
}) {
  const message = useConversationStore((s) => s.messages.find((m) => m.id === id));
  const { setRole, updateContent, removeMessage, moveMessage } = useConversationStore.getState();
  const [editing, setEditing] = useState(false);
  if (!message) return null;

  const role = roleLabel(message.role);
  const answer = message.answer;
  const streaming = answer?.status === 'streaming';
  const isLast = index === count - 1;
  // Generated answers render as markdown (Edit switches to a textbox); turns the user writes stay textboxes.
  const showMarkdown = message.role === 'assistant' && !editing && answer !== undefined;

  return (
    <li
      className="group rounded-md border border-neutral-200 p-3 dark:border-neutral-800"
      data-role={message.role}
      aria-label={`${role} message`}
    >
      <div className="mb-1 flex flex-wrap items-center gap-1">
        {message.role === 'tool' ? (
          <span className="px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-300">
            Tool result · <span className="font-mono normal-case">{message.toolName}</span>{' '}
            <span className="font-mono font-normal normal-case text-neutral-500">({message.toolCallId})</span>
          </span>
        ) : (
          <button
            type="button"
            title="Switch between User and Assistant"
            disabled={streaming}
            onClick={() => setRole(id, message.role === 'user' ? 'assistant' : 'user')}
            className="rounded px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-neutral-600 hover:bg-neutral-100 dark:text-neutral-300 dark:hover:bg-neutral-800"
          >
            {role}
          </button>
        )}
        <div className="ml-auto flex flex-wrap items-center justify-end gap-1">
          {answer && !streaming ? (
            <button type="button" className={iconButton} onClick={() => setEditing((e) => !e)}>
              {editing ? 'Done' : 'Edit'}
            </button>
          ) : null}
          <CopyButton text={() => message.content} label="Copy message" />
          {answer ? <InspectButton message={message} /> : null}
          <button
            type="button"
            aria-label="Move message up"
            className={iconButton}
            disabled={index === 0 || streaming}
            onClick={() => moveMessage(id, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label="Move message down"
            className={iconButton}
            disabled={isLast || streaming}
            onClick={() => moveMessage(id, 1)}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label="Delete message"
            className={iconButton}
            disabled={streaming}
            onClick={() => removeMessage(id)}
          >
            ✕
          </button>
        </div>
      </div>
      {showMarkdown ? (
        <AnswerBody message={message} />
      ) : (
        <textarea
          aria-label={textboxLabel(message, index)}
          value={message.content}
          onChange={(event) => updateContent(id, event.target.value)}
          rows={Math.min(12, Math.max(2, message.content.split('\n').length))}
          placeholder={
            message.role === 'tool'
              ? 'Type what the function returned, then Submit'
              : `Enter ${message.role} message…`
          }
          className="w-full resize-y rounded border border-transparent bg-transparent px-1 py-1 text-sm hover:border-neutral-300 focus:border-neutral-400 dark:hover:border-neutral-700"
        />
      )}
      {message.images?.length ? <AttachedImages urls={message.images} /> : null}
      {answer?.guard?.length ? <GuardNotice verdicts={answer.guard} /> : null}
      {answer?.error ? (
        <ErrorNotice
          error={answer.error}
          model={answer.model}
          onRetry={isLast ? () => void regenerateChat() : undefined}
        />
      ) : null}
      {answer ? (
        <div className="flex flex-wrap items-end justify-between gap-2">
          <AnswerStats answer={answer} />
          {isLast && !streaming ? (
            <button
              type="button"
              onClick={() => void regenerateChat()}
              className="rounded border border-neutral-300 px-2 py-0.5 text-xs hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
            >
              Regenerate
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
});
