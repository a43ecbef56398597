'use client';

import { memo, useRef, useState } from 'react';
import { RegenerationDiff } from '@/components/eval/compare-eval';
import { PendingEditHint, TurnBranches, usePendingEdit } from '@/components/history/turn-branches';
import { McpConnectorError } from '@/components/mcp/mcp-connector-error';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { TextArea } from '@/components/ui/field';
import { keepFocus } from '@/components/ui/keep-focus';
import { isConnectorError } from '@/lib/mcp/connector-error';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPaneMessages } from '@/lib/store/selectors';
import { AnswerBody } from './answer-body';
import { AnswerStats } from './answer-stats';
import { AttachedImages } from './attached-images';
import { ErrorNotice } from './error-notice';
import { GuardNotice } from './guard-notice';
import { InspectButton } from './inspect-dialog';
import { usePaneIndex } from './pane-context';
import { TypingIndicator } from './typing-indicator';

function roleLabel(role: ConversationMessage['role']): string {
  if (role === 'tool') return 'Tool';
  return role === 'user' ? 'User' : 'Assistant';
}

function textboxLabel(message: ConversationMessage, index: number): string {
  if (message.role === 'tool') return `Result of ${message.toolName ?? 'tool call'}`;
  return `${roleLabel(message.role)} turn ${index + 1}`;
}

const muted = 'text-muted';

/** Another of this turn's buttons, by its accessible name. */
const sibling = (button: HTMLElement, label: string) =>
  button.parentElement?.querySelector(`[aria-label="${label}"]`);

export const MessageTurn = memo(function MessageTurn({
  id,
  index,
  count,
}: {
  id: string;
  index: number;
  count: number;
}) {
  const pane = usePaneIndex();
  const message = usePlaygroundStore((s) => selectPaneMessages(s, pane).find((m) => m.id === id));
  const candidate = usePlaygroundStore((s) => s.candidates[s.panes[pane]?.id ?? '']?.id === id);
  const pendingEdit = usePendingEdit(id, pane);
  const store = usePlaygroundStore.getState;
  const setRole = (role: ConversationMessage['role']) => store().setRole(id, role, pane);
  const updateContent = (content: string) => store().updateContent(id, content, pane);
  // Why Regenerate sent nothing (the answer stays): said next to it.
  const [refusal, setRefusal] = useState<string | null>(null);
  const regenerate = () => {
    const replaced = message?.role === 'assistant' ? message.content : null;
    const result = store().regenerate(pane);
    setRefusal(result.ok ? null : result.reason);
    // Kept for "Diff with previous answer" under the new answer.
    if (result.ok && replaced !== null) store().rememberAnswer(store().panes[pane]?.id ?? '', replaced);
  };
  const [editing, setEditing] = useState(false);
  // The editor opens as tall as the answer it replaces (measured once, when Edit is pressed).
  const [editorHeight, setEditorHeight] = useState<number | undefined>(undefined);
  const rendered = useRef<HTMLDivElement>(null);
  if (!message) return null;

  const role = roleLabel(message.role);
  const answer = message.answer;
  const streaming = answer?.status === 'streaming';
  const waiting = streaming && message.content === '' && !answer?.reasoning && !message.toolCalls?.length;
  const isLast = index === count - 1;
  const blockedBy = answer?.guard?.find((v) => v.stage === 'input' && v.status === 'unsafe')?.model;
  // Generated answers render as markdown (Edit switches to a textbox); turns the user writes stay textboxes.
  const showMarkdown = message.role === 'assistant' && !editing && answer !== undefined;

  const toggleEdit = () => {
    if (!editing) setEditorHeight(rendered.current?.offsetHeight);
    setEditing((e) => !e);
  };

  return (
    <li
      className="group rounded-md border border-divider p-3"
      data-role={message.role}
      aria-label={`${role} message`}
    >
      <div className="mb-1 flex flex-wrap items-center gap-1">
        {message.role === 'tool' ? (
          <span className="px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-fg-soft">
            Tool result · <span className="font-mono normal-case">{message.toolName}</span>{' '}
            <span className={`font-mono font-normal normal-case ${muted}`}>({message.toolCallId})</span>
          </span>
        ) : (
          <Button
            variant="ghost"
            size="xs"
            title="Switch between User and Assistant"
            disabled={streaming}
            onClick={() => setRole(message.role === 'user' ? 'assistant' : 'user')}
            className="font-semibold uppercase tracking-wide"
          >
            {role}
          </Button>
        )}
        {answer && blockedBy ? (
          // The model never saw the message: the card is Moderation's, not the model's.
          <span data-testid="answer-model" className={`min-w-0 truncate text-xs ${muted}`}>
            Moderation <span className="font-mono">({blockedBy})</span>
          </span>
        ) : answer ? (
          <span data-testid="answer-model" className={`min-w-0 truncate font-mono text-xs ${muted}`}>
            <span className="sr-only">Model: </span>
            {answer.model}
          </span>
        ) : null}
        <div className="ml-auto flex flex-wrap items-center justify-end gap-1">
          <TurnBranches id={id} pane={pane} label={textboxLabel(message, index)} />
          {answer && !streaming ? (
            <Button variant="ghost" size="xs" onClick={toggleEdit}>
              {editing ? 'Done' : 'Edit'}
            </Button>
          ) : null}
          <CopyButton text={() => message.content} label="Copy message" />
          {answer ? <InspectButton message={message} /> : null}
          <Button
            variant="ghost"
            size="xs"
            aria-label="Move message up"
            disabled={index === 0 || streaming}
            onClick={(event) => {
              const button = event.currentTarget;
              store().moveMessage(id, -1, pane);
              keepFocus(button, sibling(button, 'Move message down'));
            }}
          >
            ↑
          </Button>
          <Button
            variant="ghost"
            size="xs"
            aria-label="Move message down"
            disabled={isLast || streaming}
            onClick={(event) => {
              const button = event.currentTarget;
              store().moveMessage(id, 1, pane);
              keepFocus(button, sibling(button, 'Move message up'));
            }}
          >
            ↓
          </Button>
          <Button
            variant="ghost"
            size="xs"
            aria-label="Delete message"
            disabled={streaming}
            onClick={(event) => {
              const button = event.currentTarget;
              const editor = button.closest('section');
              store().removeMessage(id, pane);
              keepFocus(button, editor?.querySelector('[data-add-message]'));
            }}
          >
            ✕
          </Button>
        </div>
      </div>
      {waiting ? <TypingIndicator /> : null}
      {showMarkdown ? (
        <div ref={rendered} dir="auto">
          <AnswerBody message={message} />
        </div>
      ) : (
        <TextArea
          bare
          aria-label={textboxLabel(message, index)}
          dir="auto"
          value={pendingEdit ?? message.content}
          onChange={(event) => updateContent(event.target.value)}
          rows={2}
          style={editing && editorHeight ? { minHeight: editorHeight } : undefined}
          placeholder={
            message.role === 'tool'
              ? 'Type what the function returned, then Submit'
              : `Enter ${message.role} message…`
          }
          className="field-sizing-content max-h-[70vh]"
        />
      )}
      {pendingEdit !== undefined ? <PendingEditHint /> : null}
      {message.images?.length ? <AttachedImages urls={message.images} /> : null}
      {answer?.guard?.length ? <GuardNotice verdicts={answer.guard} /> : null}
      {answer?.error && isConnectorError(answer.error) ? (
        <McpConnectorError
          error={answer.error}
          tools={answer.request.tools}
          onRetry={isLast ? regenerate : undefined}
        />
      ) : answer?.error ? (
        <ErrorNotice
          error={answer.error}
          model={answer.model}
          failedAt={answer.finishedAt}
          onRetry={isLast ? regenerate : undefined}
        />
      ) : null}
      {answer ? (
        <div className="flex flex-wrap items-end justify-between gap-2">
          <AnswerStats answer={answer} />
          <div className="flex gap-1">
            {candidate && !streaming ? (
              <Button
                size="xs"
                variant="primary"
                onClick={() => store().keepCandidate(store().panes[pane]?.id ?? '')}
              >
                Keep this answer
              </Button>
            ) : null}
            {isLast && !streaming && !answer.error ? (
              <Button size="xs" onClick={regenerate}>
                Regenerate
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
      {isLast && answer && !streaming && message.role === 'assistant' ? (
        <RegenerationDiff pane={pane} text={message.content} />
      ) : null}
      {refusal ? (
        <p role="status" className="mt-2 text-sm text-amber-800 dark:text-amber-200">
          {refusal}
        </p>
      ) : null}
    </li>
  );
});
