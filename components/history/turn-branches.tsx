'use client';

import { Button } from '@/components/ui/button';
import { branchPosition } from '@/lib/history/branches';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectStreaming, threadKey } from '@/lib/store/selectors';
import { hasLaterTurns } from '@/lib/store/turn-tree';
import { BranchSwitcher } from './branch-switcher';

/** A turn's branch controls: "2 of 2" where it has siblings, and "Branch from here" where turns follow. */
export function TurnBranches({ id, pane, label }: { id: string; pane: number; label: string }) {
  // Only the conversation kept as a tree (pane 1's, or the one every pane shares) branches.
  const position = usePlaygroundStore((s) => {
    if (threadKey(s, pane) !== null) return '';
    const at = branchPosition(s.tree, id);
    return at ? `${at.index} ${at.count}` : '';
  });
  const canBranch = usePlaygroundStore(
    (s) => threadKey(s, pane) === null && hasLaterTurns(s.tree, id) && !selectStreaming(s),
  );
  const previousBranch = usePlaygroundStore((s) => s.previousBranch);
  const nextBranch = usePlaygroundStore((s) => s.nextBranch);
  const branchFromTurn = usePlaygroundStore((s) => s.branchFromTurn);
  const [index = 0, count = 0] = position.split(' ').map(Number);
  return (
    <>
      <BranchSwitcher
        index={index}
        count={count}
        onPrevious={() => previousBranch(id)}
        onNext={() => nextBranch(id)}
      />
      {canBranch ? (
        <Button
          variant="ghost"
          size="xs"
          title="Keep the conversation up to this turn and continue it differently; what follows stays as another branch"
          onClick={(event) => {
            const list = event.currentTarget.closest('ol');
            const copy = branchFromTurn(id);
            // The copied user turn is the one to edit next (same place, same name).
            if (copy && copy !== id) {
              requestAnimationFrame(() =>
                list?.querySelector<HTMLTextAreaElement>(`textarea[aria-label="${label}"]`)?.focus(),
              );
            }
          }}
        >
          Branch from here
        </Button>
      ) : null}
    </>
  );
}

/** The text an earlier user turn shows: its held edit (sent as a new branch on Submit), else its own. */
export function usePendingEdit(id: string, pane: number): string | undefined {
  return usePlaygroundStore((s) => (threadKey(s, pane) === null ? s.pendingEdits[id] : undefined));
}

export function PendingEditHint() {
  return (
    <p className="mt-1 text-xs text-muted">
      Submit sends this edit as a new branch; the conversation after it is kept as the other branch.
    </p>
  );
}
