/**
 * Applies the event stream of one answer to the conversation store: text and reasoning batched per
 * animation frame, tool calls assembled from their deltas, stats and verdicts recorded as they come.
 */
import { createFrameBatcher } from '../client/frame-batcher';
import type { ToolCall } from '../schema/chat-request';
import type { ChatEvent, ToolCallDelta } from '../stream/events';
import { useConversationStore } from './conversation-store';
import { mergeExecutedToolDeltas } from './executed-tools';

/** Merges streamed tool-call fragments (by index) into complete calls. */
export function mergeToolCallDeltas(calls: ToolCall[], deltas: readonly ToolCallDelta[]): ToolCall[] {
  const next = [...calls];
  for (const delta of deltas) {
    const current = next[delta.index] ?? {
      id: '',
      type: 'function' as const,
      function: { name: '', arguments: '' },
    };
    next[delta.index] = {
      id: delta.id ?? current.id,
      type: 'function',
      function: {
        name: current.function.name + (delta.function?.name ?? ''),
        arguments: current.function.arguments + (delta.function?.arguments ?? ''),
      },
    };
  }
  return next;
}

export interface AnswerSink {
  apply: (event: ChatEvent) => void;
  /** Ends the answer: whatever was not settled by `done` or `error` was stopped (or cut short). */
  finish: (aborted: boolean) => void;
}

export function createAnswerSink(id: string): AnswerSink {
  const store = useConversationStore;
  const { patchAnswer, appendContent } = store.getState();
  const answer = () => store.getState().messages.find((m) => m.id === id)?.answer;
  const text = createFrameBatcher((chunk) => appendContent(id, chunk));
  const reasoning = createFrameBatcher((chunk) =>
    patchAnswer(id, { reasoning: (answer()?.reasoning ?? '') + chunk }),
  );
  let toolCalls: ToolCall[] = [];
  let settled = false;
  let sawFirstToken = false;

  const flush = () => {
    text.flush();
    reasoning.flush();
  };
  const firstToken = () => {
    if (sawFirstToken) return;
    sawFirstToken = true;
    patchAnswer(id, { firstTokenAt: Date.now() });
  };

  return {
    apply(event) {
      switch (event.event) {
        case 'start':
          patchAnswer(id, {
            startedAt: Date.now(),
            requestId: event.data.request_id,
            rateLimit: event.data.rate_limit,
          });
          break;
        case 'delta':
          if (event.data.reasoning) {
            firstToken();
            reasoning.push(event.data.reasoning);
          }
          if (event.data.content) {
            firstToken();
            text.push(event.data.content);
          }
          if (event.data.tool_calls) {
            firstToken();
            toolCalls = mergeToolCallDeltas(toolCalls, event.data.tool_calls);
          }
          if (event.data.executed_tools?.length) {
            firstToken();
            const executedTools = mergeExecutedToolDeltas(
              answer()?.executedTools ?? [],
              event.data.executed_tools,
            );
            patchAnswer(id, { executedTools });
          }
          if (event.data.annotations?.length) {
            text.flush();
            patchAnswer(id, { annotations: [...(answer()?.annotations ?? []), ...event.data.annotations] });
          }
          break;
        case 'usage':
          patchAnswer(id, { usage: event.data });
          break;
        case 'guard':
          patchAnswer(id, { guard: [...(answer()?.guard ?? []), event.data] });
          break;
        case 'done': {
          flush();
          settled = true;
          const calls = toolCalls.filter(Boolean);
          if (calls.length > 0) {
            store.getState().setToolCalls(id, calls);
            store.getState().addToolResultTurns(calls);
          }
          patchAnswer(id, {
            status: 'done',
            finishedAt: Date.now(),
            finishReason: event.data.finish_reason,
            completionId: event.data.id,
            serviceTier: event.data.service_tier ?? null,
          });
          break;
        }
        case 'error':
          flush();
          settled = true;
          patchAnswer(id, { status: 'error', finishedAt: Date.now(), error: event.data.error });
          break;
      }
    },
    finish(aborted) {
      flush();
      if (settled) return;
      patchAnswer(id, aborted ? { status: 'stopped', finishedAt: Date.now() } : { status: 'done' });
    },
  };
}
