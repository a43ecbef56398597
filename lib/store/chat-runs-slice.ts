/**
 * Chat runs: one request in flight (or finished) for one pane, a Run of kind `chat` (single view) or
 * `compare-pane`, whose answer streams into a message. `submit`, `regenerate` and `stop` validate
 * first and change nothing when the request cannot be sent; what they refuse is returned in words for
 * the UI to show.
 */
import type { StateCreator } from 'zustand';
import { redactMcpHeaders } from '../mcp/redact';
import type { ChatApi } from '../mcp/settings';
import type { ChatRequest } from '../schema/chat-request';
import { type ConversationMessage, newMessageId } from './conversation-slice';
import type { PlaygroundState, StoreGet, StoreSet } from './playground-types';
import { type ActionResult, type ChatRun, isChatRun } from './run';
import {
  activePanes,
  draftImageList,
  type PendingRequest,
  selectCodeRequest,
  selectPendingRequest,
  selectStreaming,
  threadKey,
  withoutLastAnswer,
} from './selectors';
import { pendingEditsApplied, regeneratedPath } from './turn-tree';

export interface ChatRunsSlice {
  /** Sends what the composer holds to every active pane at once (Retry: `includeDraft: false`). */
  submit: (options?: { includeDraft?: boolean }) => ActionResult;
  /** Asks pane `pane` again without its last answer; the answer stays when nothing can be sent. */
  regenerate: (pane?: number) => ActionResult;
  /** Stops one pane's answer, or every answer. */
  stop: (paneId?: string) => void;
  /** What Submit would send from pane `pane` now (default: the pane the parameters show), for View code. */
  viewRequest: (pane?: number) => ChatRequest;
}

const refuse = (reason: string): ActionResult => ({ ok: false, reason });

function refusal(s: PlaygroundState, panes: readonly number[], pending: readonly PendingRequest[]) {
  const lines = pending.flatMap(({ problems }, i) =>
    problems.map((p) => (s.compare ? `Pane ${(panes[i] ?? 0) + 1}: ${p.message}` : p.message)),
  );
  return lines.length > 0 ? lines.join(' ') : null;
}

interface Plan {
  pane: number;
  request: ChatRequest;
}

/** The state after starting `plans` on `thread(pane)` histories, and the runs to start. */
function startRuns(s: PlaygroundState, base: Partial<PlaygroundState>, plans: readonly Plan[]) {
  const state = { ...s, ...base };
  const next: Partial<PlaygroundState> = { ...base, candidates: { ...state.candidates } };
  const runs: ChatRun[] = [];
  const sentAt = Date.now();
  for (const { pane, request } of plans) {
    const paneId = state.panes[pane]?.id ?? '';
    const key = threadKey(state, pane);
    const thread =
      key === null ? (next.messages ?? state.messages) : (state.paneThreads[key] ?? state.messages);
    const last = thread.at(-1);
    const prefill = last?.role === 'assistant' && last.content.trim() !== '';
    // The answer keeps the request without MCP header values: it is saved, shared and inspected.
    const answer = {
      status: 'streaming' as const,
      model: request.model,
      sentAt,
      request: redactMcpHeaders(request),
    };
    const message: ConversationMessage = prefill
      ? { ...last, id: newMessageId(), answer: { ...answer, prefill: last.answer?.prefill ?? last.content } }
      : { id: newMessageId(), role: 'assistant', content: '', answer };
    if (state.compare && !state.syncChat) {
      (next.candidates as Record<string, ConversationMessage>)[paneId] = message;
    } else {
      const updated = prefill ? [...thread.slice(0, -1), message] : [...thread, message];
      if (key === null) next.messages = updated;
      else next.paneThreads = { ...(next.paneThreads ?? state.paneThreads), [key]: updated };
    }
    const id = `run-${message.id}`;
    runs.push({
      id,
      kind: state.compare ? 'compare-pane' : 'chat',
      scope: paneId,
      status: 'running',
      input: request,
      result: { messageId: message.id },
      stats: {},
      abortId: id,
      startedAt: sentAt,
    });
  }
  return { next, started: runs };
}

/**
 * The streaming client (fetch, the event decoder, the answer sink) and the code that pipes a run's
 * events into its answer load with the first Submit, not on a first visit: one small chunk from the
 * app's own server, while the request is already decided.
 */
export const loadStreaming = () => import('./chat-stream-run');

/**
 * Ends a chat run: frees its abort handle, gives it its status and figures, and once every pane is
 * done keeps the conversation in History (a failure only leaves a notice).
 */
export function closeChatRun(
  get: StoreGet,
  run: ChatRun,
  end: Required<Pick<ChatRun, 'status' | 'stats' | 'finishedAt'>>,
): void {
  get().releaseHandle(run.abortId);
  get().patchRun(run.id, (current) => (isChatRun(current) ? { ...current, ...end } : current));
  if (!selectStreaming(get())) void get().saveHistory();
}

async function streamRun(
  get: StoreGet,
  set: StoreSet,
  run: ChatRun,
  signal: AbortSignal,
  api: ChatApi,
): Promise<void> {
  const streaming = await loadStreaming().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    const finishedAt = Date.now();
    get().patchMessage(run.result.messageId, (m) =>
      m.answer
        ? {
            ...m,
            answer: {
              ...m.answer,
              status: 'error',
              finishedAt,
              error: {
                status: 0,
                type: 'network_error',
                code: null,
                message: `The playground could not load its streaming code (${reason}). Check the connection and reload the page.`,
              },
            },
          }
        : m,
    );
    closeChatRun(get, run, { status: 'error', stats: { totalMs: finishedAt - run.startedAt }, finishedAt });
    return null;
  });
  if (streaming) await streaming.streamRun(get, set, run, signal, api);
}

function launch(
  get: StoreGet,
  set: StoreSet,
  base: Partial<PlaygroundState>,
  plans: readonly Plan[],
): ActionResult {
  // The API as it is at Submit (the select may change while the streaming code loads).
  const api = get().chatApi;
  const { next, started } = startRuns(get(), base, plans);
  set(next);
  // A pane's earlier run leaves the map; the runs of panes not asked again stay (the race reads them).
  const signals = started.map((run) =>
    get().beginRuns([run], { replaces: (old) => isChatRun(old) && old.scope === run.scope }),
  );
  // Every pane at once: the requests go out together and stream side by side.
  const done = Promise.all(
    started.map((run, i) => streamRun(get, set, run, signals[i] as AbortSignal, api)),
  ).then(() => undefined);
  return { ok: true, done };
}

export const createChatRunsSlice: StateCreator<PlaygroundState, [], [], ChatRunsSlice> = (set, get) => ({
  submit: ({ includeDraft = true } = {}) => {
    if (selectStreaming(get())) return refuse('An answer is still streaming: wait for it or press Stop.');
    // An edited earlier turn: what is sent is its new branch, never the old continuation.
    const branched = pendingEditsApplied(get(), newMessageId);
    const s = branched ? { ...get(), ...branched } : get();
    const panes = activePanes(s);
    // The Variables panel's values: a prompt with an empty variable is refused, nothing changed.
    const variables = s.dataset.values;
    const pending = panes.map((pane) => selectPendingRequest(s, pane, { includeDraft, variables }));
    const why = refusal(s, panes, pending);
    if (why) return refuse(`Nothing was sent. ${why}`);
    const base: Partial<PlaygroundState> = { ...branched };
    const images = draftImageList(s);
    if (includeDraft && (s.draft.trim() !== '' || images.length > 0)) {
      const turn: ConversationMessage = { id: newMessageId(), role: 'user', content: s.draft };
      if (images.length > 0) turn.images = images;
      base.messages = [...s.messages, turn];
      base.paneThreads = Object.fromEntries(
        Object.entries(s.paneThreads).map(([k, list]) => [k, [...list, turn]]),
      );
      Object.assign(base, { draft: '', draftImageUrl: '', draftImages: [] });
    }
    base.candidates = {};
    return launch(
      get,
      set,
      base,
      panes.map((pane, i) => ({ pane, request: (pending[i] as PendingRequest).request })),
    );
  },
  regenerate: (pane = 0) => {
    if (selectStreaming(get())) return refuse('An answer is still streaming: wait for it or press Stop.');
    const key = threadKey(get(), pane);
    const branched = key === null ? pendingEditsApplied(get(), newMessageId) : null;
    const s = branched ? { ...get(), ...branched } : get();
    const paneId = s.panes[pane]?.id;
    if (!paneId) return refuse(`There is no pane ${pane + 1}.`);
    // Sync chat off: the pane's answer waiting to be kept is asked again; the shared history stays.
    const candidateOnly = s.compare && !s.syncChat;
    const pending = selectPendingRequest(s, pane, {
      includeDraft: false,
      regenerate: !candidateOnly,
      variables: s.dataset.values,
    });
    if (pending.problems.length > 0) {
      const why = pending.problems.map((p) => p.message).join(' ');
      return refuse(`Nothing was sent, so the answer is kept. ${why}`);
    }
    const base: Partial<PlaygroundState> = { ...branched };
    if (!candidateOnly) {
      if (key === null) Object.assign(base, regeneratedPath(s, newMessageId));
      else base.paneThreads = { ...s.paneThreads, [key]: withoutLastAnswer(s.paneThreads[key] ?? []) };
    }
    const { [paneId]: _old, ...candidates } = s.candidates;
    base.candidates = candidates;
    return launch(get, set, base, [{ pane, request: pending.request }]);
  },
  stop: (paneId) =>
    get().abortRuns((run) => isChatRun(run) && (paneId === undefined || run.scope === paneId)),
  viewRequest: (pane) => {
    const branched = pendingEditsApplied(get(), () => 'pending-edit');
    const s = branched ? { ...get(), ...branched } : get();
    const index = pane ?? (s.compare ? s.parametersPane : 0);
    return selectCodeRequest(s, index, s.dataset.values);
  },
});
