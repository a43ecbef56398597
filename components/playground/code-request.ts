import type { ChatRequest } from '@/lib/schema/chat-request';
import type { PlaygroundState } from '@/lib/store/playground-types';
import { selectPaneMessages, selectPendingRequest } from '@/lib/store/selectors';

/**
 * The request View code shows for a pane: what Submit would send once there is something to send
 * (a message typed, an image attached); right after an answer, with nothing new, the request that
 * produced that answer, as it was sent — not a request that would continue the conversation
 * without a new message.
 */
export function codeRequest(
  state: PlaygroundState,
  pane: number,
  variables: Record<string, string>,
): ChatRequest {
  const last = selectPaneMessages(state, pane).at(-1);
  const nothingNew = state.draft.trim() === '' && state.draftImages.length === 0;
  if (nothingNew && last?.role === 'assistant' && last.answer?.request) return last.answer.request;
  return selectPendingRequest(state, pane, { variables }).request;
}
