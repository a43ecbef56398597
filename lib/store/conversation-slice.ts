/**
 * The conversation: pane 1's history (`messages`, the single view and, with Sync chat off, the history
 * every pane shares), each other pane's own copy while comparing with Sync chat on (`paneThreads`), and
 * the answers waiting for the user to keep one (`candidates`, Sync chat off). Edits take the pane whose
 * copy they change; pane 1 is the default.
 */
import type { StateCreator } from 'zustand';
import type { ConversationMessage, Role } from '../chat/conversation';
import { removeTurn } from '../history/branches';
import { initialHistory } from './history-slice';
import type { PlaygroundState } from './playground-types';
import { isChatRun } from './run';
import { threadKey } from './selectors';
import { currentTree, hasLaterTurns, treeFromFlat } from './turn-tree';

export type { AnswerMeta, AnswerStatus, ConversationMessage, Role } from '../chat/conversation';

export interface ConversationSlice {
  messages: ConversationMessage[];
  /** Sync chat on: panes 2–4's own histories, by pane id. */
  paneThreads: Record<string, ConversationMessage[]>;
  /** Sync chat off: each pane's latest answer, by pane id, until one is kept. */
  candidates: Record<string, ConversationMessage>;
  draft: string;
  /** Text of the composer's Image URL field, attached on Submit. */
  draftImageUrl: string;
  /** Images already attached to the next user turn (uploads as data URLs, or URLs). */
  draftImages: string[];
  setDraft: (draft: string) => void;
  setDraftImageUrl: (url: string) => void;
  addDraftImage: (url: string) => void;
  removeDraftImage: (index: number) => void;
  /** Adds a turn to every pane's history (they are copies of one conversation). */
  addMessage: (role: Role, content?: string, images?: string[]) => string;
  updateContent: (id: string, content: string, pane?: number) => void;
  setRole: (id: string, role: Role, pane?: number) => void;
  removeMessage: (id: string, pane?: number) => void;
  moveMessage: (id: string, offset: -1 | 1, pane?: number) => void;
  /** Fills in a message by id wherever it is (the answer sink's way in). */
  patchMessage: (id: string, fn: (m: ConversationMessage) => ConversationMessage) => void;
  /** Sync chat off: the chosen pane's answer joins the shared history; the other answers go. */
  keepCandidate: (paneId: string) => void;
  /** Empties every history and the composer; answers still streaming end first. */
  clear: () => void;
  /**
   * Puts the system prompt at the start of the first user turn that carries an image (the composer's
   * draft when no earlier turn does) and clears the System field.
   */
  moveSystemIntoImageTurn: () => void;
  /** Replaces the playground with a shared link's (answers still streaming end first). */
  openShared: (patch: Partial<PlaygroundState>, variables: Record<string, string>) => void;
}

/** `prefix`, a blank line, then `text` (or `prefix` alone when there is no text). */
const prependText = (prefix: string, text: string) => (text.trim() === '' ? prefix : `${prefix}\n\n${text}`);

let counter = 0;
export function newMessageId(): string {
  counter += 1;
  return `m${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

type Messages = ConversationMessage[];

/** The state change that replaces pane `pane`'s history (and its candidate, if `id` names it). */
function editPane(
  s: PlaygroundState,
  pane: number,
  edit: (messages: Messages) => Messages,
): Partial<PlaygroundState> {
  const key = threadKey(s, pane);
  if (key === null) return { messages: edit(s.messages) };
  return { paneThreads: { ...s.paneThreads, [key]: edit(s.paneThreads[key] ?? s.messages) } };
}

const mapById = (id: string, fn: (m: ConversationMessage) => ConversationMessage) => (messages: Messages) =>
  messages.map((m) => (m.id === id ? fn(m) : m));

/** Applies `fn` to message `id` in pane `pane`'s history or its candidate. */
function mapInPane(
  s: PlaygroundState,
  pane: number,
  id: string,
  fn: (m: ConversationMessage) => ConversationMessage,
): Partial<PlaygroundState> {
  const paneId = s.panes[pane]?.id;
  const candidate = paneId ? s.candidates[paneId] : undefined;
  if (paneId && candidate?.id === id) return { candidates: { ...s.candidates, [paneId]: fn(candidate) } };
  return editPane(s, pane, mapById(id, fn));
}

export const INITIAL_CONVERSATION = {
  messages: [] as Messages,
  paneThreads: {} as Record<string, Messages>,
  candidates: {} as Record<string, ConversationMessage>,
  draft: '',
  draftImageUrl: '',
  draftImages: [] as string[],
};

export const createConversationSlice: StateCreator<PlaygroundState, [], [], ConversationSlice> = (
  set,
  get,
) => ({
  ...INITIAL_CONVERSATION,
  setDraft: (draft) => set({ draft }),
  setDraftImageUrl: (draftImageUrl) => set({ draftImageUrl }),
  addDraftImage: (url) => set((s) => ({ draftImages: [...s.draftImages, url] })),
  removeDraftImage: (index) => set((s) => ({ draftImages: s.draftImages.filter((_, i) => i !== index) })),
  addMessage: (role, content = '', images) => {
    const id = newMessageId();
    const message: ConversationMessage = images?.length
      ? { id, role, content, images }
      : { id, role, content };
    set((s) => ({
      messages: [...s.messages, message],
      paneThreads: Object.fromEntries(
        Object.entries(s.paneThreads).map(([key, thread]) => [key, [...thread, message]]),
      ),
    }));
    return id;
  },
  updateContent: (id, content, pane = 0) =>
    set((s) => {
      const tree = threadKey(s, pane) === null ? currentTree(s) : null;
      const turn = tree?.nodes[id]?.turn;
      // An earlier user turn keeps its text until Submit, which branches from it (nothing is overwritten).
      if (tree && turn?.role === 'user' && hasLaterTurns(tree, id)) {
        const { [id]: _old, ...others } = s.pendingEdits;
        return { pendingEdits: content === turn.content ? others : { ...others, [id]: content } };
      }
      return mapInPane(s, pane, id, (m) => ({ ...m, content }));
    }),
  setRole: (id, role, pane = 0) => set((s) => mapInPane(s, pane, id, (m) => ({ ...m, role }))),
  removeMessage: (id, pane = 0) =>
    set((s) => {
      if (threadKey(s, pane) !== null) return editPane(s, pane, (list) => list.filter((m) => m.id !== id));
      const { [id]: _edit, ...pendingEdits } = s.pendingEdits;
      return { tree: removeTurn(currentTree(s), id), pendingEdits };
    }),
  moveMessage: (id, offset, pane = 0) =>
    set((s) =>
      editPane(s, pane, (list) => {
        const from = list.findIndex((m) => m.id === id);
        const to = from + offset;
        if (from < 0 || to < 0 || to >= list.length) return list;
        const next = [...list];
        const [moved] = next.splice(from, 1);
        if (moved) next.splice(to, 0, moved);
        return next;
      }),
    ),
  patchMessage: (id, fn) =>
    set((s) => {
      const patch: Partial<PlaygroundState> = {};
      if (s.messages.some((m) => m.id === id)) patch.messages = mapById(id, fn)(s.messages);
      const threads = Object.entries(s.paneThreads);
      if (threads.some(([, list]) => list.some((m) => m.id === id))) {
        patch.paneThreads = Object.fromEntries(threads.map(([key, list]) => [key, mapById(id, fn)(list)]));
      }
      const candidates = Object.entries(s.candidates);
      if (candidates.some(([, m]) => m.id === id)) {
        patch.candidates = Object.fromEntries(candidates.map(([key, m]) => [key, m.id === id ? fn(m) : m]));
      }
      return patch;
    }),
  keepCandidate: (paneId) =>
    set((s) => {
      const kept = s.candidates[paneId];
      if (!kept) return s;
      // A continued prefill replaces the turn it continues instead of repeating it.
      const last = s.messages.at(-1);
      const continues = kept.answer?.prefill !== undefined && last?.role === 'assistant';
      const base = continues ? s.messages.slice(0, -1) : s.messages;
      return { messages: [...base, kept], candidates: {} };
    }),
  clear: () => {
    // Kept in History as it stands (an answer cut off by Clear is saved as stopped).
    void get().saveHistory();
    get().stop();
    set((s) => ({
      ...INITIAL_CONVERSATION,
      ...initialHistory(),
      paneThreads: Object.fromEntries(Object.keys(s.paneThreads).map((key) => [key, []])),
    }));
  },
  moveSystemIntoImageTurn: () => {
    const s = get();
    const system = s.system.trim();
    if (system === '') return;
    const target = s.messages.find((m) => m.role === 'user' && (m.images?.length ?? 0) > 0);
    if (target) {
      const content = prependText(system, target.content);
      // The turn is a copy in every pane's history: each copy gets the prompt.
      s.panes.forEach((_, pane) => {
        get().updateContent(target.id, content, pane);
      });
    } else s.setDraft(prependText(system, s.draft));
    get().setSystem('');
  },
  openShared: (patch, values) => {
    get().dropRuns(isChatRun);
    const tree = treeFromFlat(patch.messages ?? []);
    set((s) => ({ ...patch, ...initialHistory(), tree, dataset: { ...s.dataset, values } }));
  },
});
