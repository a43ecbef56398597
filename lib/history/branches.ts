/**
 * A conversation as a tree of turns. Each turn node has children; where a turn has several children
 * the conversation branched there, and `selected` says which child the visible path follows. The
 * visible path is the only conversation sent upstream: it never holds a turn of another branch.
 * Every function is pure and returns a new tree; no turn is ever dropped by branching or switching.
 */

/** The key of the top level in `selected` (turn ids are never empty). */
export const ROOT = '';

export interface TurnNode<T> {
  turn: T;
  parentId: string | null;
  /** Children in the order they were made: branch 1 is the original continuation. */
  children: string[];
}

export interface TurnTree<T> {
  nodes: Record<string, TurnNode<T>>;
  /** First turns (several when the first turn itself was branched). */
  roots: string[];
  /**
   * Per parent id (ROOT for the top level): the child the visible path follows. Absent: the last
   * child. `null`: a new, still empty branch (the path stops at this parent; the next turn starts it).
   */
  selected: Record<string, string | null>;
}

export interface Identified {
  id: string;
}

export interface BranchPosition {
  /** 1-based, as the switcher shows it ("2 of 2"). */
  index: number;
  count: number;
  previous: string | null;
  next: string | null;
}

export function emptyTree<T extends Identified>(): TurnTree<T> {
  return { nodes: {}, roots: [], selected: {} };
}

function childrenOf<T>(tree: TurnTree<T>, parentKey: string): string[] {
  return parentKey === ROOT ? tree.roots : (tree.nodes[parentKey]?.children ?? []);
}

function selectedChild<T>(tree: TurnTree<T>, parentKey: string): string | null {
  const children = childrenOf(tree, parentKey);
  const chosen = tree.selected[parentKey];
  if (chosen === null) return null;
  if (chosen !== undefined && children.includes(chosen)) return chosen;
  return children.at(-1) ?? null;
}

/** Ids of the visible path, first turn first. */
export function visiblePathIds<T>(tree: TurnTree<T>): string[] {
  const ids: string[] = [];
  let next = selectedChild(tree, ROOT);
  while (next !== null && !ids.includes(next)) {
    ids.push(next);
    next = selectedChild(tree, next);
  }
  return ids;
}

/** The visible path as a flat conversation (today's `messages` array). */
export function visiblePath<T>(tree: TurnTree<T>): T[] {
  return visiblePathIds(tree).map((id) => (tree.nodes[id] as TurnNode<T>).turn);
}

export const toFlat = visiblePath;

/** A flat conversation as a tree with one branch. Turn ids must be unique and non-empty. */
export function fromFlat<T extends Identified>(turns: readonly T[]): TurnTree<T> {
  let tree = emptyTree<T>();
  for (const turn of turns) tree = appendTurn(tree, turn);
  return tree;
}

/** Adds `turn` as a child of `parentId` (null: a first turn) and, unless told not to, selects it. */
export function addChild<T extends Identified>(
  tree: TurnTree<T>,
  parentId: string | null,
  turn: T,
  select = true,
): TurnTree<T> {
  if (turn.id === ROOT) throw new Error('A turn needs a non-empty id.');
  if (tree.nodes[turn.id]) throw new Error(`The tree already has a turn with id ${turn.id}.`);
  const parent = parentId === null ? null : tree.nodes[parentId];
  if (parentId !== null && !parent) throw new Error(`There is no turn with id ${parentId}.`);
  const nodes = { ...tree.nodes, [turn.id]: { turn, parentId, children: [] } };
  let roots = tree.roots;
  if (parentId === null) roots = [...roots, turn.id];
  else
    nodes[parentId] = {
      ...(parent as TurnNode<T>),
      children: [...(parent as TurnNode<T>).children, turn.id],
    };
  const selected = select ? { ...tree.selected, [parentId ?? ROOT]: turn.id } : tree.selected;
  return { nodes, roots, selected };
}

/** Adds `turn` at the end of the visible path (or as the first turn of a new, empty branch). */
export function appendTurn<T extends Identified>(tree: TurnTree<T>, turn: T): TurnTree<T> {
  return addChild(tree, visiblePathIds(tree).at(-1) ?? null, turn);
}

/** Changes a turn in place (a streaming answer, a rename of a tool): not a branch. */
export function updateTurn<T extends Identified>(
  tree: TurnTree<T>,
  id: string,
  change: (turn: T) => T,
): TurnTree<T> {
  const node = tree.nodes[id];
  if (!node) return tree;
  const turn = { ...change(node.turn), id };
  return { ...tree, nodes: { ...tree.nodes, [id]: { ...node, turn } } };
}

/**
 * Branch from a turn: a copy of it (with `edit` applied; this is how an earlier user turn is edited)
 * becomes a new sibling and is selected. The path keeps everything before the turn; the old turn and
 * its continuation stay as the other branch.
 */
export function branchFrom<T extends Identified>(
  tree: TurnTree<T>,
  id: string,
  newId: string,
  edit: (turn: T) => T = (turn) => turn,
): TurnTree<T> {
  const node = tree.nodes[id];
  if (!node) throw new Error(`There is no turn with id ${id}.`);
  const withPath = selectTurn(tree, id);
  return addChild(withPath, node.parentId, { ...edit(node.turn), id: newId });
}

/**
 * Keep the conversation up to and including this turn and continue differently: the path stops here
 * and the next appended turn starts a new branch beside the old continuation.
 */
export function continueFrom<T>(tree: TurnTree<T>, id: string): TurnTree<T> {
  const node = tree.nodes[id];
  if (!node) return tree;
  const withPath = selectTurn(tree, id);
  if (node.children.length === 0) return withPath;
  return { ...withPath, selected: { ...withPath.selected, [id]: null } };
}

/** Where a turn sits among its siblings: "2 of 2", and its neighbours. */
export function branchPosition<T>(tree: TurnTree<T>, id: string): BranchPosition | null {
  const node = tree.nodes[id];
  if (!node) return null;
  const siblings = childrenOf(tree, node.parentId ?? ROOT);
  const at = siblings.indexOf(id);
  return {
    index: at + 1,
    count: siblings.length,
    previous: siblings[at - 1] ?? null,
    next: siblings[at + 1] ?? null,
  };
}

/** The turns of the visible path that have siblings: where the UI shows a switcher. */
export function visibleBranchPoints<T>(tree: TurnTree<T>): Array<{ id: string } & BranchPosition> {
  return visiblePathIds(tree).flatMap((id) => {
    const position = branchPosition(tree, id) as BranchPosition;
    return position.count > 1 ? [{ id, ...position }] : [];
  });
}

/** Shows the previous (-1) or next (+1) sibling branch of a turn; unchanged at either end. */
export function switchBranch<T>(tree: TurnTree<T>, id: string, direction: -1 | 1): TurnTree<T> {
  const position = branchPosition(tree, id);
  const target = direction === -1 ? position?.previous : position?.next;
  return target ? selectTurn(tree, target) : tree;
}

/** Makes a turn visible: every ancestor selects the way to it (below it, its own selections stay). */
export function selectTurn<T>(tree: TurnTree<T>, id: string): TurnTree<T> {
  if (!tree.nodes[id]) return tree;
  const selected = { ...tree.selected };
  let child = id;
  let parent = tree.nodes[id]?.parentId ?? null;
  for (;;) {
    selected[parent ?? ROOT] = child;
    if (parent === null) break;
    child = parent;
    parent = tree.nodes[parent]?.parentId ?? null;
  }
  return { ...tree, selected };
}

/** Every turn of every branch. */
export function allTurns<T>(tree: TurnTree<T>): T[] {
  return Object.values(tree.nodes).map((node) => node.turn);
}

/** What is wrong with a tree read from storage or a file (null: nothing). */
export function treeProblem<T extends Identified>(tree: TurnTree<T>): string | null {
  const seen = new Set<string>();
  const walk = (parentKey: string, ids: readonly string[]): string | null => {
    for (const id of ids) {
      const node = tree.nodes[id];
      if (!node) return `turn ${id} is listed but missing`;
      if (node.turn.id !== id) return `turn ${id} holds a turn with id ${node.turn.id}`;
      if ((node.parentId ?? ROOT) !== parentKey) return `turn ${id} names the wrong parent`;
      if (seen.has(id)) return `turn ${id} appears twice`;
      seen.add(id);
      const problem = walk(id, node.children);
      if (problem) return problem;
    }
    return null;
  };
  const problem = walk(ROOT, tree.roots);
  if (problem) return problem;
  const orphan = Object.keys(tree.nodes).find((id) => !seen.has(id));
  if (orphan !== undefined) return `turn ${orphan} is not reachable from the first turn`;
  for (const [parentKey, child] of Object.entries(tree.selected)) {
    if (child !== null && !childrenOf(tree, parentKey).includes(child))
      return `the selected branch ${child} is not a child of ${parentKey || 'the top level'}`;
  }
  return null;
}

/**
 * Deletes one turn (the playground's Delete on a message): its children move up to its parent, in
 * its place, so the turns after it are kept, as in a flat list.
 */
export function removeTurn<T>(tree: TurnTree<T>, id: string): TurnTree<T> {
  const node = tree.nodes[id];
  if (!node) return tree;
  const parentKey = node.parentId ?? ROOT;
  const wasVisible = selectedChild(tree, parentKey) === id;
  const nextVisible = selectedChild(tree, id);
  const nodes = { ...tree.nodes };
  delete nodes[id];
  for (const child of node.children)
    nodes[child] = { ...(nodes[child] as TurnNode<T>), parentId: node.parentId };
  const replace = (ids: readonly string[]) => ids.flatMap((c) => (c === id ? node.children : [c]));
  let roots = tree.roots;
  if (node.parentId === null) roots = replace(roots);
  else {
    const parent = nodes[node.parentId] as TurnNode<T>;
    nodes[node.parentId] = { ...parent, children: replace(parent.children) };
  }
  const selected = { ...tree.selected };
  delete selected[id];
  // The path loses this turn and nothing else: no other branch comes into view.
  if (wasVisible) {
    const siblings = node.parentId === null ? roots : (nodes[node.parentId] as TurnNode<T>).children;
    if (nextVisible !== null) selected[parentKey] = nextVisible;
    else if (siblings.length > 0) selected[parentKey] = null;
    else delete selected[parentKey];
  }
  return { nodes, roots, selected };
}
