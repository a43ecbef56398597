import { useEffect, useRef } from 'react';
import { usePlaygroundStore } from './playground-store';
import type { RunMatch } from './runs-slice';

/** Aborts the runs `match` names when the component that shows them goes away. */
export function useAbortRunsOnUnmount(match: RunMatch): void {
  const abortRuns = usePlaygroundStore((s) => s.abortRuns);
  const latest = useRef(match);
  latest.current = match;
  useEffect(() => () => abortRuns((run) => latest.current(run)), [abortRuns]);
}
