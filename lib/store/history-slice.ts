/**
 * Branches of pane 1's conversation and its place in History: the turn tree (`messages` is its
 * visible path, see turn-tree.ts), edits held on earlier user turns until Submit branches them, the
 * id the conversation is kept under in IndexedDB, and what went wrong the last time it was saved.
 * Saving never blocks or undoes anything: a failure only leaves a notice.
 */
import type { StateCreator } from 'zustand';
import { branchFrom, continueFrom, emptyTree, switchBranch, visiblePath } from '../history/branches';
import type { PromptContent } from '../history/prompt-schema';
import type { HistoryRecord } from '../history/record-schema';
import { newMessageId } from './conversation-slice';
import type { PlaygroundState } from './playground-types';
import { isChatRun } from './run';
import { selectStreaming } from './selectors';
import { currentTree, type Tree } from './turn-tree';

export interface HistorySlice {
  /** The id pane 1's conversation is kept under in History; Clear starts a new one. */
  conversationId: string;
  tree: Tree;
  /** Earlier user turns edited since the last Submit, by turn id: Submit branches from the first. */
  pendingEdits: Record<string, string>;
  /** Why the last save to History failed (the work itself is untouched). */
  historyNotice: string | null;
  /**
   * "Branch from here": a user turn is copied as a new branch to edit and Submit (returns the copy's
   * id); an assistant turn ends the path there, so the next turn starts a new branch.
   */
  branchFromTurn: (id: string) => string | null;
  previousBranch: (id: string) => void;
  nextBranch: (id: string) => void;
  /** Saves the conversation to History now (when it has an answer and Keep history is on). */
  saveHistory: () => Promise<void>;
  /** Keeps a finished Run all in History as its own record. */
  saveDatasetRun: () => Promise<void>;
  dismissHistoryNotice: () => void;
  /** Fills the workbench from a History record: settings, System, and every branch with its ids. */
  openRecord: (record: HistoryRecord<string>) => Promise<void>;
  /** "Save prompt": System, the composer's template, the model and settings, as a new version of `name`. */
  savePromptAs: (name: string) => Promise<{ ok: boolean; message: string }>;
  /** Opens a saved prompt version as a new conversation, its template in the composer. */
  openPromptVersion: (content: PromptContent) => Promise<void>;
}

export const newConversationId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

export const initialHistory = () => ({
  conversationId: newConversationId(),
  tree: emptyTree() as Tree,
  pendingEdits: {} as Record<string, string>,
  historyNotice: null as string | null,
});

/** History's code (Dexie and the record schema) loads when it is first needed, not on a first visit. */
const loadHistory = () => import('./history-draft');
const loadPrompts = () => import('./prompt-draft');

export const createHistorySlice: StateCreator<PlaygroundState, [], [], HistorySlice> = (set, get) => ({
  ...initialHistory(),
  branchFromTurn: (id) => {
    const s = get();
    if (selectStreaming(s)) return null;
    const tree = currentTree(s);
    const node = tree.nodes[id];
    if (!node) return null;
    if (node.turn.role !== 'user') {
      set({ tree: continueFrom(tree, id), pendingEdits: {} });
      return id;
    }
    const content = s.pendingEdits[id] ?? node.turn.content;
    const copy = newMessageId();
    set({ tree: branchFrom(tree, id, copy, (turn) => ({ ...turn, content })), pendingEdits: {} });
    return copy;
  },
  previousBranch: (id) => {
    if (selectStreaming(get())) return;
    set((s) => ({ tree: switchBranch(currentTree(s), id, -1), pendingEdits: {} }));
  },
  nextBranch: (id) => {
    if (selectStreaming(get())) return;
    set((s) => ({ tree: switchBranch(currentTree(s), id, 1), pendingEdits: {} }));
  },
  saveHistory: async () => {
    // The draft is taken now, before anything else changes the store.
    const s = get();
    const tree = currentTree(s);
    if (visiblePath(tree).length === 0 && Object.keys(tree.nodes).length === 0) return;
    const { saveDraft } = await loadHistory();
    const problem = await saveDraft({ ...s, tree });
    if (problem !== null || get().historyNotice !== null) set({ historyNotice: problem });
  },
  saveDatasetRun: async () => {
    const s = get();
    const { saveDatasetRun } = await loadHistory();
    const problem = await saveDatasetRun(s, newConversationId());
    if (problem !== null || get().historyNotice !== null) set({ historyNotice: problem });
  },
  dismissHistoryNotice: () => set({ historyNotice: null }),
  openRecord: async (record) => {
    const { recordPlayground } = await loadHistory();
    const { patch, variables } = recordPlayground(record);
    get().dropRuns(isChatRun);
    set((s) => ({ ...patch, pendingEdits: {}, dataset: { ...s.dataset, values: variables } }));
  },
  savePromptAs: async (name) => {
    const s = get();
    const { savePromptOf } = await loadPrompts();
    return savePromptOf(s, name);
  },
  openPromptVersion: async (content) => {
    const { promptPlayground } = await loadPrompts();
    get().openShared(promptPlayground(content), get().dataset.values);
  },
});
