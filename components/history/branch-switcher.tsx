'use client';

import { Button } from '@/components/ui/button';

/** "2 of 2" with Previous branch and Next branch, disabled at the ends; nothing for a single branch. */
export function BranchSwitcher({
  index,
  count,
  onPrevious,
  onNext,
}: {
  /** 1-based. */
  index: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
}) {
  if (count < 2) return null;
  return (
    <fieldset
      aria-label="Branches"
      className="m-0 min-w-0 border-0 p-0 inline-flex items-center gap-1 text-xs"
    >
      <Button
        variant="ghost"
        size="xs"
        aria-label="Previous branch"
        title="Previous branch"
        disabled={index <= 1}
        onClick={onPrevious}
      >
        <span aria-hidden="true">‹</span>
      </Button>
      <span aria-live="polite" className="tabular-nums">
        {index} of {count}
      </span>
      <Button
        variant="ghost"
        size="xs"
        aria-label="Next branch"
        title="Next branch"
        disabled={index >= count}
        onClick={onNext}
      >
        <span aria-hidden="true">›</span>
      </Button>
    </fieldset>
  );
}
