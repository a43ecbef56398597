/**
 * The parts of the playground a first visit does not download, each with its loader, so the control
 * that opens one can start fetching it when the pointer reaches it (or it takes focus): by the time
 * it is clicked the chunk is usually there, and opening it shows no delay.
 */
import { loadFollowObservers } from '@/lib/client/use-follow-stream';
import { loadStreaming } from '@/lib/store/chat-runs-slice';

export const loadCompareView = () => import('./compare-view');
export const loadViewCodeDialog = () => import('./view-code-dialog');
export const loadSpeechWorkbench = () => import('@/components/stt/speech-mode');
/** A conversation's turns (answers, their stats, tools, notices, Inspect): with the first message. */
export const loadMessageTurn = () => import('./message-turn');
/** The list of a conversation's turns (with their plain-text stand-ins): with the first message. */
export const loadConversationTurns = () => import('./conversation-turns');

/**
 * What the first prompt and answer need — the token count, the turn, the markdown pipeline, the
 * streaming client, the scroll-following and the cost line — started when the user heads for the
 * composer (pointer or focus), ahead of typing and Submit.
 */
export const preloadAnswerParts = () =>
  Promise.all([
    import('@/components/eval/prompt-token-count'),
    loadConversationTurns(),
    loadMessageTurn(),
    import('@/components/markdown/lazy-markdown').then((m) => m.preloadMarkdown()),
    loadStreaming(),
    loadFollowObservers(),
    import('@/components/eval/conversation-cost'),
  ]);
