/**
 * Runs one chat request from the playground state: appends the composer text as a user turn, adds an
 * answer turn, streams events into it (batched per frame) and records stats. One request at a time.
 */
import { streamChat } from '../client/chat-client';
import { createFrameBatcher } from '../client/frame-batcher';
import { useConversationStore } from './conversation-store';
import { buildChatRequest, draftImageList } from './selectors';
import { useSettingsStore } from './settings-store';

let active: AbortController | null = null;

export function isChatRunning(): boolean {
  return active !== null;
}

export function stopChat(): void {
  active?.abort();
}

/** Drops the last answer and asks again with the conversation as it is now (edits included). */
export async function regenerateChat(): Promise<void> {
  if (active) return;
  const { messages, truncateFrom } = useConversationStore.getState();
  const last = messages.at(-1);
  if (last?.role === 'assistant' && last.answer) truncateFrom(last.id);
  await submitChat({ includeDraft: false });
}

export async function submitChat({ includeDraft = true }: { includeDraft?: boolean } = {}): Promise<void> {
  if (active) return;
  const conversation = useConversationStore.getState();
  const images = draftImageList(conversation);
  if (includeDraft && (conversation.draft.trim() !== '' || images.length > 0)) {
    conversation.addMessage('user', conversation.draft, images.length > 0 ? images : undefined);
    useConversationStore.setState({ draft: '', draftImageUrl: '', draftImages: [] });
  }
  const settings = useSettingsStore.getState();
  const request = buildChatRequest(settings, useConversationStore.getState().messages);
  if (!request.messages.some((m) => m.role !== 'system')) return;

  const controller = new AbortController();
  active = controller;
  const { startAnswer, patchAnswer, appendContent } = useConversationStore.getState();
  const id = startAnswer({ status: 'streaming', model: request.model, sentAt: Date.now(), request });
  const batcher = createFrameBatcher((text) => appendContent(id, text));
  let settled = false;
  let sawFirstToken = false;
  try {
    for await (const event of streamChat(request, controller.signal)) {
      switch (event.event) {
        case 'start':
          patchAnswer(id, {
            startedAt: Date.now(),
            requestId: event.data.request_id,
            rateLimit: event.data.rate_limit,
          });
          break;
        case 'delta':
          if (event.data.content) {
            if (!sawFirstToken) {
              sawFirstToken = true;
              patchAnswer(id, { firstTokenAt: Date.now() });
            }
            batcher.push(event.data.content);
          }
          break;
        case 'usage':
          patchAnswer(id, { usage: event.data });
          break;
        case 'done':
          batcher.flush();
          settled = true;
          patchAnswer(id, {
            status: 'done',
            finishedAt: Date.now(),
            finishReason: event.data.finish_reason,
            completionId: event.data.id,
          });
          break;
        case 'error':
          batcher.flush();
          settled = true;
          patchAnswer(id, { status: 'error', finishedAt: Date.now(), error: event.data.error });
          break;
      }
    }
  } finally {
    batcher.flush();
    if (!settled) {
      patchAnswer(
        id,
        controller.signal.aborted ? { status: 'stopped', finishedAt: Date.now() } : { status: 'done' },
      );
    }
    active = null;
  }
}
