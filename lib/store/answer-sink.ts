/**
 * Applies the event stream of one answer to its message: text and reasoning batched per animation
 * frame (with the live output-token count), tool calls assembled from their deltas, stats and
 * verdicts recorded as they come. It knows nothing of the store: the run gives it a `patch`.
 */
import { createFrameBatcher } from '../client/frame-batcher';
import type { ToolCall } from '../schema/chat-request';
import type { ChatEvent, ToolCallDelta } from '../stream/events';
import type { AnswerMeta, ConversationMessage } from './conversation-slice';
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

export interface AnswerTarget {
  /** Changes the answer's message (content, answer meta, tool calls). */
  patch: (fn: (message: ConversationMessage) => ConversationMessage) => void;
  /** The model asked for tools: empty result turns follow the answer, for the user to fill in. */
  addToolResultTurns: (calls: ToolCall[]) => void;
  now?: () => number;
}

export interface AnswerSink {
  apply: (event: ChatEvent) => void;
  /** Ends the answer: whatever was not settled by `done` or `error` was stopped (or cut short). */
  finish: (aborted: boolean) => void;
}

const patchAnswer = (patch: Partial<AnswerMeta>) => (m: ConversationMessage) =>
  m.answer ? { ...m, answer: { ...m.answer, ...patch } } : m;

export function createAnswerSink(target: AnswerTarget): AnswerSink {
  const now = target.now ?? Date.now;
  const meta = (patch: Partial<AnswerMeta>) => target.patch(patchAnswer(patch));
  // Deltas counted since the last flush: each is one token as Groq streams them.
  let pendingTokens = 0;
  const countTokens = (m: ConversationMessage): ConversationMessage => {
    const tokens = pendingTokens;
    pendingTokens = 0;
    if (!m.answer || tokens === 0) return m;
    return { ...m, answer: { ...m.answer, streamedTokens: (m.answer.streamedTokens ?? 0) + tokens } };
  };
  const text = createFrameBatcher((chunk) =>
    target.patch((m) => countTokens({ ...m, content: m.content + chunk })),
  );
  const reasoning = createFrameBatcher((chunk) =>
    target.patch((m) =>
      countTokens(
        m.answer ? { ...m, answer: { ...m.answer, reasoning: (m.answer.reasoning ?? '') + chunk } } : m,
      ),
    ),
  );
  let toolCalls: ToolCall[] = [];
  let settled = false;
  let sawFirstToken = false;

  const flush = () => {
    text.flush();
    reasoning.flush();
    if (pendingTokens > 0) target.patch(countTokens);
  };
  const firstToken = () => {
    if (sawFirstToken) return;
    sawFirstToken = true;
    meta({ firstTokenAt: now() });
  };
  const token = () => {
    pendingTokens += 1;
    firstToken();
  };

  return {
    apply(event) {
      switch (event.event) {
        case 'start':
          meta({ startedAt: now(), requestId: event.data.request_id, rateLimit: event.data.rate_limit });
          break;
        case 'delta':
          if (event.data.reasoning) {
            token();
            reasoning.push(event.data.reasoning);
          }
          if (event.data.content) {
            token();
            text.push(event.data.content);
          }
          if (event.data.tool_calls) {
            token();
            toolCalls = mergeToolCallDeltas(toolCalls, event.data.tool_calls);
          }
          if (event.data.executed_tools?.length) {
            // Server-side tools (browser search, code execution) merge by index, like tool calls.
            const deltas = event.data.executed_tools;
            firstToken();
            target.patch((m) =>
              m.answer
                ? {
                    ...m,
                    answer: {
                      ...m.answer,
                      executedTools: mergeExecutedToolDeltas(m.answer.executedTools ?? [], deltas),
                    },
                  }
                : m,
            );
          }
          if (event.data.mcp_list_tools?.length) {
            const lists = event.data.mcp_list_tools;
            target.patch((m) =>
              m.answer
                ? { ...m, answer: { ...m.answer, mcpLists: [...(m.answer.mcpLists ?? []), ...lists] } }
                : m,
            );
          }
          if (event.data.annotations?.length) {
            const annotations = event.data.annotations;
            text.flush();
            target.patch((m) =>
              m.answer
                ? {
                    ...m,
                    answer: { ...m.answer, annotations: [...(m.answer.annotations ?? []), ...annotations] },
                  }
                : m,
            );
          }
          break;
        case 'usage':
          meta({ usage: event.data });
          break;
        case 'guard':
          target.patch((m) =>
            m.answer ? { ...m, answer: { ...m.answer, guard: [...(m.answer.guard ?? []), event.data] } } : m,
          );
          break;
        case 'done': {
          flush();
          settled = true;
          const calls = toolCalls.filter(Boolean);
          if (calls.length > 0) {
            target.patch((m) => ({ ...m, toolCalls: calls }));
            target.addToolResultTurns(calls);
          }
          meta({
            status: 'done',
            finishedAt: now(),
            finishReason: event.data.finish_reason,
            completionId: event.data.id,
            serviceTier: event.data.service_tier ?? null,
          });
          break;
        }
        case 'error':
          flush();
          settled = true;
          meta({ status: 'error', finishedAt: now(), error: event.data.error });
          break;
      }
    },
    finish(aborted) {
      flush();
      if (settled) return;
      meta(aborted ? { status: 'stopped', finishedAt: now() } : { status: 'done', finishedAt: now() });
    },
  };
}
