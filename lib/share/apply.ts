import { type ConversationMessage, newMessageId, useConversationStore } from '../store/conversation-store';
import { useDatasetStore } from '../store/dataset-store';
import { buildChatRequest } from '../store/selectors';
import { useSettingsStore } from '../store/settings-store';
import type { SharedAnswer, ShareState } from './share-schema';

/** Whether the playground holds work a shared link would replace. */
export function hasWork(): boolean {
  const { messages, draft } = useConversationStore.getState();
  return messages.length > 0 || draft.trim() !== '' || useSettingsStore.getState().system.trim() !== '';
}

type SharedMessage = ShareState['messages'][number];

/**
 * The conversation a link carries. An answer with its model and statistics becomes an answer again
 * (rendered as markdown, with its stats); its request is rebuilt from the turns before it.
 */
export function sharedConversation(state: ShareState): ConversationMessage[] {
  const messages: ConversationMessage[] = [];
  for (const shared of state.messages) {
    const { answer, ...rest }: SharedMessage = shared;
    const message: ConversationMessage = { ...rest, id: newMessageId() };
    if (answer) message.answer = toAnswer(state, answer, messages);
    messages.push(message);
  }
  return messages;
}

function toAnswer(state: ShareState, answer: SharedAnswer, before: readonly ConversationMessage[]) {
  const settings = { model: answer.model, system: state.system, ...state.parameters, tools: [] };
  return {
    status: answer.status,
    model: answer.model,
    sentAt: 0,
    ...(answer.timeToFirstTokenMs !== undefined ? { firstTokenAt: answer.timeToFirstTokenMs } : {}),
    ...(answer.usage ? { usage: answer.usage } : {}),
    ...(answer.finishReason !== undefined ? { finishReason: answer.finishReason } : {}),
    ...(answer.requestId !== undefined ? { requestId: answer.requestId } : {}),
    ...(answer.reasoning ? { reasoning: answer.reasoning } : {}),
    request: buildChatRequest(settings, before, state.variables),
  };
}

/** Fills the playground from a share link. It never sends anything: the user decides when to Submit. */
export function applySharedState(state: ShareState): void {
  useSettingsStore.setState({
    model: state.model,
    system: state.system,
    ...state.parameters,
    tools: state.tools.map((tool) => ({ ...tool, id: newMessageId() })),
    toolChoice: state.toolChoice,
    parallelToolCalls: state.parallelToolCalls,
  });
  useDatasetStore.getState().setValues(state.variables ?? {});
  useConversationStore.setState({
    messages: sharedConversation(state),
    draft: '',
    draftImageUrl: '',
    draftImages: [],
  });
}
