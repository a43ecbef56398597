/**
 * Compare: 2–4 panes side by side, each with its own model and parameters, all answering one
 * composer. Sync chat on gives every pane its own copy of the conversation; off, they share pane 1's
 * and the user keeps one pane's answer. Changes are refused while an answer streams, except leaving:
 * Remove pane ends that pane's run, Leave compare ends every pane's.
 */
import type { StateCreator } from 'zustand';
import type { PlaygroundState } from './playground-types';
import { isChatRun } from './run';
import { selectPaneStreaming, selectStreaming } from './selectors';
import { newPaneId } from './settings-slice';

export const MAX_PANES = 4;

export interface CompareSlice {
  compare: boolean;
  syncChat: boolean;
  /** Which pane the full parameters panel edits ("More" in a pane points it there). */
  parametersPane: number;
  enterCompare: () => void;
  /** Back to the single view: pane 1 (its model, parameters and history) stays. */
  leaveCompare: () => void;
  toggleCompare: () => void;
  addPane: () => void;
  removePane: (pane: number) => void;
  setSyncChat: (on: boolean) => void;
  setParametersPane: (pane: number) => void;
}

/** Copies of pane 1's history for every other pane (Sync chat on). */
function copiedThreads(s: PlaygroundState, paneIds: readonly string[]) {
  return Object.fromEntries(paneIds.map((id) => [id, s.paneThreads[id] ?? [...s.messages]]));
}

export const INITIAL_COMPARE = { compare: false, syncChat: true, parametersPane: 0 };

export const createCompareSlice: StateCreator<PlaygroundState, [], [], CompareSlice> = (set, get) => ({
  ...INITIAL_COMPARE,
  enterCompare: () =>
    set((s) => {
      if (s.compare || selectStreaming(s)) return s;
      const first = s.panes[0];
      if (!first) return s;
      const panes = s.panes.length >= 2 ? s.panes : [first, { ...first, id: newPaneId() }];
      const next = { ...s, panes, compare: true };
      return {
        compare: true,
        panes,
        paneThreads: s.syncChat
          ? copiedThreads(
              next,
              panes.slice(1).map((p) => p.id),
            )
          : {},
        candidates: {},
      };
    }),
  leaveCompare: () => {
    const s = get();
    const first = s.panes[0];
    if (!s.compare || !first) return;
    // The panes' answers have nowhere to go once the single view is back.
    get().dropRuns((run) => run.kind === 'compare-pane');
    set({ compare: false, panes: [first], paneThreads: {}, candidates: {}, parametersPane: 0 });
  },
  toggleCompare: () => (get().compare ? get().leaveCompare() : get().enterCompare()),
  addPane: () =>
    set((s) => {
      const first = s.panes[0];
      if (!s.compare || !first || s.panes.length >= MAX_PANES || selectStreaming(s)) return s;
      const pane = { ...first, id: newPaneId() };
      return {
        panes: [...s.panes, pane],
        paneThreads: s.syncChat ? { ...s.paneThreads, [pane.id]: [...s.messages] } : s.paneThreads,
      };
    }),
  removePane: (index) => {
    const s = get();
    const removed = s.panes[index];
    if (!s.compare || !removed) return;
    // Another pane still streaming keeps the panes as they are (its answer knows its place by index).
    const othersStreaming = s.panes.some((p) => p.id !== removed.id && selectPaneStreaming(s, p.id));
    if (othersStreaming) return;
    get().dropRuns((run) => isChatRun(run) && run.scope === removed.id);
    set((s) => {
      const panes = s.panes.filter((_, i) => i !== index);
      const { [removed.id]: _thread, ...paneThreads } = s.paneThreads;
      const { [removed.id]: _candidate, ...candidates } = s.candidates;
      // Pane 1 removed with Sync chat on: the new pane 1's own history becomes the main one.
      const newFirst = panes[0];
      let messages = s.messages;
      if (index === 0 && s.syncChat && newFirst && paneThreads[newFirst.id]) {
        messages = paneThreads[newFirst.id] ?? messages;
        delete paneThreads[newFirst.id];
      }
      const parametersPane = Math.min(s.parametersPane, panes.length - 1);
      if (panes.length < 2) {
        return { compare: false, panes, messages, paneThreads: {}, candidates: {}, parametersPane: 0 };
      }
      return { panes, messages, paneThreads, candidates, parametersPane };
    });
  },
  setSyncChat: (on) =>
    set((s) => {
      if (s.syncChat === on || selectStreaming(s)) return s;
      const next = { ...s, syncChat: on, paneThreads: {} };
      return {
        syncChat: on,
        candidates: {},
        paneThreads:
          on && s.compare
            ? copiedThreads(
                next,
                s.panes.slice(1).map((p) => p.id),
              )
            : {},
      };
    }),
  setParametersPane: (pane) => set((s) => (s.panes[pane] ? { parametersPane: pane } : s)),
});
