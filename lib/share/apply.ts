import { type ConversationMessage, newMessageId, useConversationStore } from '../store/conversation-store';
import { useDatasetStore } from '../store/dataset-store';
import type { DocumentDraft } from '../store/grounding';
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
 * The conversation a link carries. An answer with its model and statistics (or with executed tools or
 * citations) becomes an answer again — rendered as markdown, with its stats, tools and markers; its
 * request is rebuilt from the turns before it.
 */
export function sharedConversation(state: ShareState): ConversationMessage[] {
  const messages: ConversationMessage[] = [];
  for (const shared of state.messages) {
    const { answer, executedTools, annotations, ...rest }: SharedMessage = shared;
    const message: ConversationMessage = { ...rest, id: newMessageId() };
    const grounded = executedTools?.length || annotations?.length;
    if (answer || (shared.role === 'assistant' && grounded)) {
      message.answer = {
        ...toAnswer(state, answer ?? { model: state.model, status: 'done' }, messages),
        ...(executedTools?.length ? { executedTools } : {}),
        ...(annotations?.length ? { annotations } : {}),
      };
    }
    messages.push(message);
  }
  return messages;
}

function toAnswer(state: ShareState, answer: SharedAnswer, before: readonly ConversationMessage[]) {
  const settings = {
    model: answer.model,
    system: state.system,
    ...state.parameters,
    tools: [],
    ...state.grounding,
    documents: sharedDocuments(state),
  };
  return {
    status: answer.status,
    model: answer.model,
    sentAt: 0,
    ...(answer.timeToFirstTokenMs !== undefined ? { firstTokenAt: answer.timeToFirstTokenMs } : {}),
    ...(answer.usage ? { usage: answer.usage } : {}),
    ...(answer.finishReason !== undefined ? { finishReason: answer.finishReason } : {}),
    ...(answer.requestId !== undefined ? { requestId: answer.requestId } : {}),
    ...(answer.serviceTier !== undefined ? { serviceTier: answer.serviceTier } : {}),
    ...(answer.reasoning ? { reasoning: answer.reasoning } : {}),
    request: buildChatRequest(settings, before, state.variables),
  };
}

function sharedDocuments(state: ShareState): DocumentDraft[] {
  return state.grounding.documents.map((doc) => ({ ...doc, key: newMessageId() }));
}

/** Fills the playground from a share link. It never sends anything: the user decides when to Submit. */
export function applySharedState(state: ShareState): void {
  const documents = sharedDocuments(state);
  useSettingsStore.setState({
    model: state.model,
    system: state.system,
    ...state.parameters,
    tools: state.tools.map((tool) => ({ ...tool, id: newMessageId() })),
    toolChoice: state.toolChoice,
    parallelToolCalls: state.parallelToolCalls,
    ...state.grounding,
    documents,
  });
  useDatasetStore.getState().setValues(state.variables ?? {});
  useConversationStore.setState({
    messages: sharedConversation(state),
    draft: '',
    draftImageUrl: '',
    draftImages: [],
  });
}
