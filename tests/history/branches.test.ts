import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addChild,
  allTurns,
  appendTurn,
  branchFrom,
  branchPosition,
  continueFrom,
  emptyTree,
  fromFlat,
  ROOT,
  removeTurn,
  selectTurn,
  switchBranch,
  type TurnTree,
  toFlat,
  treeProblem,
  updateTurn,
  visibleBranchPoints,
  visiblePath,
  visiblePathIds,
} from '@/lib/history/branches';

interface Turn {
  id: string;
  role: 'user' | 'assistant';
  content: string;
}

const user = (id: string, content = id): Turn => ({ id, role: 'user', content });
const assistant = (id: string, content = id): Turn => ({ id, role: 'assistant', content });
const contents = (tree: TurnTree<Turn>) => visiblePath(tree).map((t) => t.content);

/** u1 → a1 → u2 → a2: two exchanges. */
const conversation = () => fromFlat([user('u1'), assistant('a1'), user('u2'), assistant('a2')]);

describe('flat conversations', () => {
  it('round-trip: a flat conversation becomes a one-branch tree whose visible path is the same list', () => {
    const flat = [user('u1'), assistant('a1'), user('u2')];
    const tree = fromFlat(flat);
    expect(toFlat(tree)).toEqual(flat);
    expect(visibleBranchPoints(tree)).toEqual([]);
    expect(treeProblem(tree)).toBeNull();
  });

  it('refuses duplicate or empty ids instead of building a tree that loses a turn', () => {
    expect(() => fromFlat([user('u1'), user('u1')])).toThrow(/already has a turn with id u1/);
    expect(() => fromFlat([user(ROOT)])).toThrow(/non-empty id/);
  });

  it('updates a turn in place (a streaming answer) without branching', () => {
    const tree = updateTurn(conversation(), 'a2', (t) => ({ ...t, content: 'longer answer' }));
    expect(contents(tree)).toEqual(['u1', 'a1', 'u2', 'longer answer']);
    expect(Object.keys(tree.nodes)).toHaveLength(4);
  });
});

describe('branching from a turn', () => {
  it('editing an earlier user turn branches: the path keeps what came before, the old continuation stays', () => {
    const tree = branchFrom(conversation(), 'u2', 'u2b', (t) => ({ ...t, content: 'edited' }));
    expect(contents(tree)).toEqual(['u1', 'a1', 'edited']);
    expect(branchPosition(tree, 'u2b')).toMatchObject({ index: 2, count: 2, previous: 'u2', next: null });
    const original = switchBranch(tree, 'u2b', -1);
    expect(contents(original)).toEqual(['u1', 'a1', 'u2', 'a2']);
    expect(branchPosition(original, 'u2')).toMatchObject({ index: 1, count: 2 });
  });

  it('a Submit after the branch goes on the new branch only', () => {
    let tree = branchFrom(conversation(), 'u1', 'u1b', (t) => ({ ...t, content: 'User turn 1, edited' }));
    tree = appendTurn(tree, assistant('a1b'));
    expect(contents(tree)).toEqual(['User turn 1, edited', 'a1b']);
    expect(visiblePathIds(tree)).not.toContain('u1');
    expect(visibleBranchPoints(tree)).toEqual([
      { id: 'u1b', index: 2, count: 2, previous: 'u1', next: null },
    ]);
  });

  it('the switcher stops at the ends', () => {
    const tree = branchFrom(conversation(), 'u2', 'u2b');
    expect(switchBranch(tree, 'u2b', 1)).toBe(tree);
    const first = switchBranch(tree, 'u2b', -1);
    expect(switchBranch(first, 'u2', -1)).toBe(first);
  });

  it('switching back returns to the last turn that branch showed', () => {
    let tree = branchFrom(conversation(), 'u2', 'u2b');
    tree = appendTurn(tree, assistant('a2b'));
    tree = switchBranch(tree, 'u2b', -1);
    tree = switchBranch(tree, 'u2', 1);
    expect(visiblePathIds(tree)).toEqual(['u1', 'a1', 'u2b', 'a2b']);
  });

  it('continue from a turn: the next turn starts a new branch beside the old continuation', () => {
    let tree = continueFrom(conversation(), 'a1');
    expect(contents(tree)).toEqual(['u1', 'a1']);
    tree = appendTurn(tree, user('u2b', 'another question'));
    expect(contents(tree)).toEqual(['u1', 'a1', 'another question']);
    expect(branchPosition(tree, 'u2b')).toMatchObject({ index: 2, count: 2 });
    expect(contents(switchBranch(tree, 'u2b', -1))).toEqual(['u1', 'a1', 'u2', 'a2']);
  });

  it('selecting a deep turn of another branch shows its whole path', () => {
    let tree = branchFrom(conversation(), 'u1', 'u1b');
    tree = appendTurn(tree, assistant('a1b'));
    expect(visiblePathIds(selectTurn(tree, 'a2'))).toEqual(['u1', 'a1', 'u2', 'a2']);
  });
});

describe('deleting a turn', () => {
  it('keeps the turns after it, as a flat list would', () => {
    const tree = removeTurn(conversation(), 'u2');
    expect(visiblePathIds(tree)).toEqual(['u1', 'a1', 'a2']);
    expect(treeProblem(tree)).toBeNull();
  });

  it('deleting the last turn of a branch shows no other branch in its place', () => {
    let tree = branchFrom(conversation(), 'u2', 'u2b');
    tree = removeTurn(tree, 'u2b');
    expect(visiblePathIds(tree)).toEqual(['u1', 'a1']);
    expect(treeProblem(tree)).toBeNull();
    expect(allTurns(tree).map((t) => t.id)).toContain('a2');
  });
});

describe('treeProblem', () => {
  it('names a missing child, a wrong parent and an unreachable turn', () => {
    const tree = conversation();
    expect(treeProblem({ ...tree, roots: ['nope'] })).toMatch(/turn nope is listed but missing/);
    const wrongParent = { ...tree, nodes: { ...tree.nodes, a1: { ...tree.nodes.a1!, parentId: 'u2' } } };
    expect(treeProblem(wrongParent)).toMatch(/turn a1 names the wrong parent/);
    const orphan = addChild(emptyTree<Turn>(), null, user('x'));
    expect(treeProblem({ ...orphan, roots: [] })).toMatch(/turn x is not reachable/);
    expect(treeProblem({ ...tree, selected: { [ROOT]: 'a2' } })).toMatch(/selected branch a2/);
  });
});

/** Random edits of a conversation: what a user can do with Submit, the branch buttons and Delete. */
type Op =
  | { kind: 'append'; role: Turn['role'] }
  | { kind: 'branch'; at: number; text: string }
  | { kind: 'continue'; at: number }
  | { kind: 'switch'; at: number; direction: -1 | 1 }
  | { kind: 'select'; at: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('append' as const),
    role: fc.constantFrom('user' as const, 'assistant' as const),
  }),
  fc.record({ kind: fc.constant('branch' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('continue' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('switch' as const),
    at: fc.nat(),
    direction: fc.constantFrom(-1 as const, 1 as const),
  }),
  fc.record({ kind: fc.constant('select' as const), at: fc.nat() }),
);

function run(ops: readonly Op[]) {
  let tree = fromFlat([user('t0')]);
  let made = 1;
  for (const step of ops) {
    const ids = Object.keys(tree.nodes);
    const pick = (at: number) => ids[at % ids.length] as string;
    if (step.kind === 'append') {
      tree = appendTurn(tree, { id: `t${made}`, role: step.role, content: `turn ${made}` });
      made += 1;
    } else if (step.kind === 'branch') {
      tree = branchFrom(tree, pick(step.at), `t${made}`, (t) => ({ ...t, content: step.text }));
      made += 1;
    } else if (step.kind === 'continue') tree = continueFrom(tree, pick(step.at));
    else if (step.kind === 'switch') tree = switchBranch(tree, pick(step.at), step.direction);
    else tree = selectTurn(tree, pick(step.at));
  }
  return { tree, made };
}

describe('properties', () => {
  it('branching, switching and continuing never lose a turn, and the tree stays well formed', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { tree, made } = run(ops);
        expect(Object.keys(tree.nodes)).toHaveLength(made);
        expect(treeProblem(tree)).toBeNull();
      }),
    );
  });

  it('the visible path is one chain of selected children: never a turn of a branch not selected', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { tree } = run(ops);
        const path = visiblePathIds(tree);
        let parentKey = ROOT;
        for (const id of path) {
          const node = tree.nodes[id]!;
          expect(node.parentId ?? ROOT).toBe(parentKey);
          const siblings = parentKey === ROOT ? tree.roots : tree.nodes[parentKey]!.children;
          const chosen = tree.selected[parentKey];
          // The path follows the selected child, or the last one when none was chosen.
          expect(id).toBe(chosen ?? siblings.at(-1));
          // No sibling's subtree (another branch) shares a turn with the path.
          for (const other of siblings.filter((s) => s !== id)) {
            const stack = [other];
            while (stack.length > 0) {
              const next = stack.pop()!;
              expect(path).not.toContain(next);
              stack.push(...tree.nodes[next]!.children);
            }
          }
          parentKey = id;
        }
      }),
    );
  });

  it('after a branch from a turn, the path is that turn’s ancestors and the copy, nothing of the old continuation', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), fc.nat(), (ops, at) => {
        const { tree, made } = run(ops);
        const ids = Object.keys(tree.nodes);
        const target = ids[at % ids.length]!;
        const ancestors: string[] = [];
        for (let p = tree.nodes[target]!.parentId; p !== null; p = tree.nodes[p]!.parentId)
          ancestors.unshift(p);
        const branched = branchFrom(tree, target, `t${made}`);
        expect(visiblePathIds(branched)).toEqual([...ancestors, `t${made}`]);
        expect(Object.keys(branched.nodes)).toHaveLength(made + 1);
      }),
    );
  });
});
