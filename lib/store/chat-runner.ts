/**
 * Runs one chat request from the playground state: appends the composer text as a user turn, adds an
 * answer turn, streams events into it (batched per frame) and records stats. One request at a time.
 */
import { streamChat } from '../client/chat-client';
import { unfilledVariables } from '../datasets/variables';
import { findCatalogModel } from '../models/catalog';
import { createAnswerSink } from './answer-sink';
import { useConversationStore } from './conversation-store';
import { useDatasetStore } from './dataset-store';
import { useFieldProblems } from './field-problems';
import { buildChatRequest, draftImageList, withDraft } from './selectors';
import { useSettingsStore } from './settings-store';
import { invalidToolsMessage } from './tools';
import { visionProblems } from './vision-checks';

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
  const { messages, truncateFrom, resetToPrefill } = useConversationStore.getState();
  const last = messages.at(-1);
  if (last?.role === 'assistant' && last.answer) {
    if (last.answer.prefill !== undefined) resetToPrefill(last.id);
    else truncateFrom(last.id);
  }
  await submitChat({ includeDraft: false });
}

export async function submitChat({ includeDraft = true }: { includeDraft?: boolean } = {}): Promise<void> {
  if (active) return;
  // Never a request without the tool or seed the user sees: the composer says what to fix.
  if (invalidToolsMessage(useSettingsStore.getState().tools) !== null) return;
  if (Object.keys(useFieldProblems.getState().problems).length > 0) return;
  // No model yet (the live list has not chosen one): nothing to send to.
  if (useSettingsStore.getState().model === '') return;
  const conversation = useConversationStore.getState();
  const images = draftImageList(conversation);
  const { values } = useDatasetStore.getState();
  // A variable without a value is never sent as `{{name}}` (the composer says which one).
  const draft = includeDraft
    ? withDraft(conversation.messages, conversation.draft, images)
    : conversation.messages;
  if (unfilledVariables(buildChatRequest(useSettingsStore.getState(), draft, values)).length > 0) return;
  if (includeDraft && (conversation.draft.trim() !== '' || images.length > 0)) {
    conversation.addMessage('user', conversation.draft, images.length > 0 ? images : undefined);
    useConversationStore.setState({ draft: '', draftImageUrl: '', draftImages: [] });
  }
  const settings = useSettingsStore.getState();
  const request = buildChatRequest(settings, useConversationStore.getState().messages, values);
  if (!request.messages.some((m) => m.role !== 'system')) return;
  // The composer shows these problems; nothing that Groq would refuse for them is sent.
  if (visionProblems(findCatalogModel(request.model), request).length > 0) return;

  const controller = new AbortController();
  active = controller;
  const { startAnswer, continueAnswer } = useConversationStore.getState();
  const answer = { status: 'streaming' as const, model: request.model, sentAt: Date.now(), request };
  // A conversation ending in an assistant turn is a prefill: the model continues that very turn.
  const last = useConversationStore.getState().messages.at(-1);
  let id: string;
  if (last?.role === 'assistant' && last.content.trim() !== '') {
    id = last.id;
    continueAnswer(id, { ...answer, prefill: last.answer?.prefill ?? last.content });
  } else {
    id = startAnswer(answer);
  }
  const sink = createAnswerSink(id);
  try {
    for await (const event of streamChat(request, controller.signal)) sink.apply(event);
  } finally {
    sink.finish(controller.signal.aborted);
    active = null;
  }
}
