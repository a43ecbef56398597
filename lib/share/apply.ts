import { type ConversationMessage, newMessageId, useConversationStore } from '../store/conversation-store';
import type { DocumentDraft } from '../store/grounding';
import { buildChatRequest } from '../store/selectors';
import { useSettingsStore } from '../store/settings-store';
import type { ShareState } from './share-schema';

/** Whether the playground holds work a shared link would replace. */
export function hasWork(): boolean {
  const { messages, draft } = useConversationStore.getState();
  return messages.length > 0 || draft.trim() !== '' || useSettingsStore.getState().system.trim() !== '';
}

/**
 * A shared answer with executed tools or citations becomes an answer again (shown as markdown, with
 * its tools and markers), its request rebuilt from the shared settings and the turns before it.
 */
function restoreMessages(state: ShareState): ConversationMessage[] {
  const restored: ConversationMessage[] = [];
  const settings = useSettingsStore.getState();
  for (const shared of state.messages) {
    const { executedTools, annotations, ...rest } = shared;
    const message: ConversationMessage = { ...rest, id: newMessageId() };
    if (shared.role === 'assistant' && (executedTools?.length || annotations?.length)) {
      message.answer = {
        status: 'done',
        model: state.model,
        sentAt: 0,
        request: buildChatRequest(settings, restored),
        ...(executedTools?.length ? { executedTools } : {}),
        ...(annotations?.length ? { annotations } : {}),
      };
    }
    restored.push(message);
  }
  return restored;
}

/** Fills the playground from a share link. It never sends anything: the user decides when to Submit. */
export function applySharedState(state: ShareState): void {
  const documents: DocumentDraft[] = state.grounding.documents.map((doc) => ({
    ...doc,
    key: newMessageId(),
  }));
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
  useConversationStore.setState({
    messages: restoreMessages(state),
    draft: '',
    draftImageUrl: '',
    draftImages: [],
  });
}
