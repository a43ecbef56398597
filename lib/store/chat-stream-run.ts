/**
 * A chat run's stream: its events go through the answer sink into its message; when it ends, the run
 * gets its status and race figures, and the conversation is kept in History once every pane is done.
 * Loaded with the first Submit (`loadStreaming` in the chat runs slice), with the streaming client.
 */
import { streamChat } from '../client/chat-client';
import type { ChatApi } from '../mcp/settings';
import type { ToolCall } from '../schema/chat-request';
import { createAnswerSink } from './answer-sink';
import { closeChatRun } from './chat-runs-slice';
import { type ConversationMessage, newMessageId } from './conversation-slice';
import type { PlaygroundState, StoreGet, StoreSet } from './playground-types';
import { raceStats } from './race';
import type { ChatRun } from './run';

/** Empty tool-result turns after the answer, in the history that holds it. */
function addToolResultTurns(set: StoreSet, run: ChatRun, calls: ToolCall[]) {
  const turns = calls.map((call) => ({
    id: newMessageId(),
    role: 'tool' as const,
    content: '',
    toolCallId: call.id,
    toolName: call.function.name,
  }));
  set((s) => {
    if (s.messages.some((m) => m.id === run.result.messageId)) return { messages: [...s.messages, ...turns] };
    const entry = Object.entries(s.paneThreads).find(([, list]) =>
      list.some((m) => m.id === run.result.messageId),
    );
    return entry ? { paneThreads: { ...s.paneThreads, [entry[0]]: [...entry[1], ...turns] } } : {};
  });
}

function findMessage(s: PlaygroundState, id: string): ConversationMessage | undefined {
  return (
    s.messages.find((m) => m.id === id) ??
    Object.values(s.paneThreads)
      .flat()
      .find((m) => m.id === id) ??
    Object.values(s.candidates).find((m) => m.id === id)
  );
}

/** Streams `run` into its message until the answer ends or `signal` aborts, then closes the run. */
export async function streamRun(
  get: StoreGet,
  set: StoreSet,
  run: ChatRun,
  signal: AbortSignal,
  api: ChatApi,
): Promise<void> {
  try {
    const sink = createAnswerSink({
      patch: (fn) => get().patchMessage(run.result.messageId, fn),
      addToolResultTurns: (calls) => addToolResultTurns(set, run, calls),
    });
    try {
      for await (const event of streamChat(run.input, signal, api)) sink.apply(event);
    } finally {
      sink.finish(signal.aborted);
    }
  } finally {
    const answer = findMessage(get(), run.result.messageId)?.answer;
    const finishedAt = Date.now();
    const status = answer?.status ?? 'done';
    closeChatRun(get, run, {
      status: status === 'streaming' ? 'done' : status,
      stats: answer ? raceStats(answer, finishedAt) : {},
      finishedAt,
    });
  }
}
