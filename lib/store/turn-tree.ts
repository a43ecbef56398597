/**
 * Pane 1's conversation as a tree of turns (lib/history/branches): `tree` holds every branch and
 * `messages` is always its visible path, the only turns sent upstream. Actions that only append,
 * patch or replace the end of `messages` keep working unchanged: `syncTurnTree` runs on every store
 * update and carries such a change into the tree (a replaced tail stays as another branch).
 */

import type { StateCreator } from 'zustand';
import type { ConversationMessage } from '../chat/conversation';
import {
  appendTurn,
  branchFrom,
  continueFrom,
  emptyTree,
  ROOT,
  type TurnTree,
  treeProblem,
  visiblePath,
  visiblePathIds,
} from '../history/branches';
import type { PlaygroundState } from './playground-types';
import { withoutLastAnswer } from './selectors';

export type Tree = TurnTree<ConversationMessage>;
type Messages = readonly ConversationMessage[];

/** A flat list as a one-branch tree; a repeated or empty id (a damaged save) is left out. */
export function treeFromFlat(messages: Messages): Tree {
  let tree = emptyTree<ConversationMessage>();
  for (const message of messages) {
    if (message.id && !tree.nodes[message.id]) tree = appendTurn(tree, message);
  }
  return tree;
}

/** A saved tree when it is sound, else the saved flat list as one branch. */
export function readTree(tree: unknown, messages: unknown): Tree {
  if (tree && typeof tree === 'object' && 'nodes' in tree && 'roots' in tree && 'selected' in tree) {
    const candidate = tree as Tree;
    try {
      if (treeProblem(candidate) === null) return candidate;
    } catch {
      // A malformed node: fall back to the flat list.
    }
  }
  return treeFromFlat(Array.isArray(messages) ? (messages as ConversationMessage[]) : []);
}

function setTurn(tree: Tree, turn: ConversationMessage): Tree {
  const node = tree.nodes[turn.id];
  if (!node || node.turn === turn) return tree;
  return { ...tree, nodes: { ...tree.nodes, [turn.id]: { ...node, turn } } };
}

/** Whether `ids` is the whole subtree of its first turn, one turn after another, with no siblings. */
function isLoneChain(tree: Tree, ids: readonly string[]): boolean {
  const first = tree.nodes[ids[0] ?? ''];
  if (!first) return false;
  const siblings = first.parentId === null ? tree.roots : (tree.nodes[first.parentId]?.children ?? []);
  if (siblings.length !== 1) return false;
  return ids.every((id, i) => {
    const children = tree.nodes[id]?.children ?? [];
    return i === ids.length - 1 ? children.length === 0 : children.length === 1 && children[0] === ids[i + 1];
  });
}

/** Removes a lone chain (see isLoneChain): the path then ends at its parent. */
function dropChain(tree: Tree, ids: readonly string[]): Tree {
  const first = tree.nodes[ids[0] ?? ''];
  if (!first) return tree;
  const nodes = { ...tree.nodes };
  const selected = { ...tree.selected };
  for (const id of ids) {
    delete nodes[id];
    delete selected[id];
  }
  const parentKey = first.parentId ?? ROOT;
  delete selected[parentKey];
  if (first.parentId === null) return { nodes, roots: [], selected };
  const parent = nodes[first.parentId];
  if (parent) nodes[first.parentId] = { ...parent, children: [] };
  return { nodes, roots: tree.roots, selected };
}

/** A hand-written turn nobody answered, at the very end: replaced, not kept as a branch. */
function isScratchTurn(tree: Tree, ids: readonly string[]): boolean {
  const node = ids.length === 1 ? tree.nodes[ids[0] as string] : undefined;
  return node !== undefined && node.children.length === 0 && node.turn.answer === undefined;
}

/**
 * The tree whose visible path is `messages`. Turns kept (same id, same place) are updated in place;
 * where the list starts to differ, the old continuation stays as another branch and the new turns
 * follow the same parent. Turns reordered within a tail that has no branches (Move message) are
 * rebuilt; any other change that would need a turn in two places leaves the tree as it was.
 */
export function syncPath(tree: Tree, messages: Messages): Tree {
  const path = visiblePathIds(tree);
  let k = 0;
  while (k < path.length && k < messages.length && path[k] === messages[k]?.id) k += 1;
  let next = tree;
  for (let i = 0; i < k; i += 1) next = setTurn(next, messages[i] as ConversationMessage);
  const dropped = path.slice(k);
  const added = messages.slice(k);
  if (dropped.length === 0 && added.length === 0) return next;
  const parentId = k > 0 ? (path[k - 1] as string) : null;
  const parentKey = parentId ?? ROOT;
  const reuses = added.some((m) => next.nodes[m.id] !== undefined);
  const repeats = new Set(added.map((m) => m.id)).size !== added.length;
  if (repeats || added.some((m) => m.id === ROOT)) return tree;
  if (reuses || (added.length > 0 && isScratchTurn(next, dropped))) {
    if (!isLoneChain(next, dropped)) return tree;
    const stays = new Set(dropped);
    if (added.some((m) => next.nodes[m.id] && !stays.has(m.id))) return tree;
    next = dropChain(next, dropped);
  } else if (dropped.length > 0) {
    // The old continuation stays as another branch; the path stops at the parent until a turn follows.
    next = { ...next, selected: { ...next.selected, [parentKey]: null } };
  }
  for (const message of added) next = appendTurn(next, message);
  return next;
}

/** Whether `messages` is exactly the tree's visible path (same turn objects). */
function inStep(tree: Tree, messages: Messages): boolean {
  const ids = visiblePathIds(tree);
  return ids.length === messages.length && ids.every((id, i) => tree.nodes[id]?.turn === messages[i]);
}

/** The tree as it stands now (also after a test or an old caller set `messages` directly). */
export function currentTree(s: Pick<PlaygroundState, 'tree' | 'messages'>): Tree {
  return inStep(s.tree, s.messages) ? s.tree : syncPath(s.tree, s.messages);
}

/**
 * Keeps `tree` and `messages` together for one store update: a new `tree` decides `messages`; new
 * `messages` are carried into the tree (the update's own tree, else the current one).
 */
export function syncTurnTree(
  s: PlaygroundState,
  partial: Partial<PlaygroundState>,
): Partial<PlaygroundState> {
  const hasMessages = partial.messages !== undefined;
  if (!hasMessages && partial.tree === undefined) return partial;
  const base = partial.tree ?? currentTree(s);
  const tree = hasMessages ? syncPath(base, partial.messages as Messages) : base;
  if (hasMessages && inStep(tree, partial.messages as Messages)) {
    return tree === partial.tree ? partial : { ...partial, tree };
  }
  return { ...partial, tree, messages: visiblePath(tree) };
}

/**
 * Edits held on earlier user turns become a branch: the first edited turn of the path is copied with
 * its new text, the old turn and what followed stay as the other branch. Null when nothing is held.
 */
export function pendingEditsApplied(
  s: Pick<PlaygroundState, 'tree' | 'messages' | 'pendingEdits'>,
  newId: () => string,
): Pick<PlaygroundState, 'tree' | 'messages' | 'pendingEdits'> | null {
  const tree = currentTree(s);
  const id = visiblePathIds(tree).find((turnId) => s.pendingEdits[turnId] !== undefined);
  if (id === undefined)
    return Object.keys(s.pendingEdits).length > 0 ? { tree, messages: s.messages, pendingEdits: {} } : null;
  const content = s.pendingEdits[id] as string;
  const branched = branchFrom(tree, id, newId(), (turn) => ({ ...turn, content }));
  return { tree: branched, messages: visiblePath(branched), pendingEdits: {} };
}

/** Whether turn `id` of the visible path has turns after it. */
export function hasLaterTurns(tree: Tree, id: string): boolean {
  const ids = visiblePathIds(tree);
  const at = ids.indexOf(id);
  return at >= 0 && at < ids.length - 1;
}

type Creator = StateCreator<PlaygroundState, [], [], PlaygroundState>;

/** The store's slices get a `set` that keeps `tree` and `messages` together (see syncTurnTree). */
export function withTurnTree(create: Creator): Creator {
  return (set, get, api) => {
    const synced: typeof set = (partial, replace) => {
      const next = (s: PlaygroundState) =>
        syncTurnTree(s, typeof partial === 'function' ? partial(s) : partial) as PlaygroundState;
      if (replace === true) set(next, true);
      else set(next);
    };
    return create(synced, get, api);
  };
}

/**
 * Pane 1's path without its last answer, the answer kept as another branch ("1 of 2" once the new one
 * streams). A continued prefill starts again from a fresh copy of its prefilled text.
 */
export function regeneratedPath(
  s: Pick<PlaygroundState, 'tree' | 'messages'>,
  newId: () => string,
): Pick<PlaygroundState, 'tree' | 'messages'> {
  const tree = currentTree(s);
  const last = s.messages.at(-1);
  const parentId = last ? tree.nodes[last.id]?.parentId : undefined;
  if (last?.role !== 'assistant' || !last.answer || parentId === undefined) {
    return { tree, messages: withoutLastAnswer(s.messages) };
  }
  let next =
    parentId === null ? { ...tree, selected: { ...tree.selected, '': null } } : continueFrom(tree, parentId);
  if (last.answer.prefill !== undefined) {
    next = appendTurn(next, { id: newId(), role: 'assistant', content: last.answer.prefill });
  }
  return { tree: next, messages: visiblePath(next) };
}
