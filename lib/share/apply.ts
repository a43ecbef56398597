import { newMessageId, useConversationStore } from '../store/conversation-store';
import { useSettingsStore } from '../store/settings-store';
import type { ShareState } from './share-schema';

/** Whether the playground holds work a shared link would replace. */
export function hasWork(): boolean {
  const { messages, draft } = useConversationStore.getState();
  return messages.length > 0 || draft.trim() !== '' || useSettingsStore.getState().system.trim() !== '';
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
  useConversationStore.setState({
    messages: state.messages.map((m) => ({ ...m, id: newMessageId() })),
    draft: '',
    draftImageUrl: '',
    draftImages: [],
  });
}
