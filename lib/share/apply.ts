import { buildChatRequest } from '../chat/build-request';
import type { DocumentDraft } from '../chat/grounding';
import { type ConversationMessage, newMessageId } from '../store/conversation-slice';
import type { PlaygroundState } from '../store/playground-types';
import { newPaneId, type PaneSettings } from '../store/settings-slice';
import type { SharedAnswer, ShareState } from './share-schema';

/** Whether the playground holds work a shared link would replace. */
export function hasWork(state: PlaygroundState): boolean {
  return state.messages.length > 0 || state.draft.trim() !== '' || state.system.trim() !== '';
}

type SharedMessage = ShareState['messages'][number];

/**
 * The conversation a link carries. An answer with its model and statistics (or with executed tools or
 * citations) becomes an answer again — rendered as markdown, with its stats, tools and markers; its
 * request is rebuilt from the turns before it.
 */
export function sharedConversation(
  state: ShareState,
  turns: readonly SharedMessage[] = state.messages,
): ConversationMessage[] {
  const messages: ConversationMessage[] = [];
  for (const shared of turns) {
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

function sharedDocuments(state: ShareState): DocumentDraft[] {
  return state.grounding.documents.map((doc) => ({ ...doc, key: newMessageId() }));
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
    // Times relative to a send at 0: time to first token and total time read back as shared.
    ...(answer.timeToFirstTokenMs !== undefined ? { firstTokenAt: answer.timeToFirstTokenMs } : {}),
    ...(answer.totalMs !== undefined ? { finishedAt: answer.totalMs } : {}),
    ...(answer.usage ? { usage: answer.usage } : {}),
    ...(answer.finishReason !== undefined ? { finishReason: answer.finishReason } : {}),
    ...(answer.requestId !== undefined ? { requestId: answer.requestId } : {}),
    ...(answer.serviceTier !== undefined ? { serviceTier: answer.serviceTier } : {}),
    ...(answer.reasoning ? { reasoning: answer.reasoning } : {}),
    request: buildChatRequest(settings, before, state.variables),
  };
}

/** The store's state for a link: pane 1, the other panes of a comparison, the conversation in each. */
export function sharedPlayground(state: ShareState): Partial<PlaygroundState> {
  const first: PaneSettings = { id: 'p1', model: state.model, ...state.parameters };
  const sharedPanes = state.compare?.panes ?? [];
  const others: PaneSettings[] = sharedPanes.map((pane) => ({
    id: newPaneId(),
    model: pane.model,
    ...pane.parameters,
  }));
  const messages = sharedConversation(state);
  const syncChat = state.compare?.syncChat ?? true;
  const compare = others.length > 0;
  return {
    panes: [first, ...others],
    compare,
    syncChat,
    parametersPane: 0,
    paneNotices: {},
    system: state.system,
    tools: state.tools.map((tool) => ({ ...tool, id: newMessageId() })),
    toolChoice: state.toolChoice,
    parallelToolCalls: state.parallelToolCalls,
    ...state.grounding,
    documents: sharedDocuments(state),
    mcpServers: (state.mcpServers ?? []).map((server) => ({ ...server, id: newMessageId() })),
    mcpHeaders: {},
    messages,
    // Each pane's own conversation when the link has it (v6), else a copy of pane 1's.
    paneThreads:
      compare && syncChat
        ? Object.fromEntries(
            others.map((p, i) => {
              const turns = sharedPanes[i]?.messages;
              return [p.id, turns ? sharedConversation(state, turns) : [...messages]];
            }),
          )
        : {},
    candidates: {},
    draft: '',
    draftImageUrl: '',
    draftImages: [],
  };
}

/**
 * Fills the playground from a share link (through the store's `openShared`). It never sends
 * anything: the user decides when to Submit.
 */
export function applySharedState(state: ShareState, openShared: PlaygroundState['openShared']): void {
  openShared(sharedPlayground(state), state.variables ?? {});
}
