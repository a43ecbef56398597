'use client';

import dynamic from 'next/dynamic';
import { selectRepeatRuns } from '@/lib/store/eval-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';

// The panel (summaries, tabs, word diff) loads once a pane has Runs 2…N, not on a first visit.
const RepeatRunsPanel = dynamic(() => import('./repeat-runs-panel').then((m) => m.RepeatRunsPanel), {
  ssr: false,
});

/** Runs N times for pane `pane`, once there are runs beyond the first. */
export function RepeatRuns({ pane = 0 }: { pane?: number }) {
  const paneId = usePlaygroundStore((s) => s.panes[pane]?.id ?? '');
  const repeated = usePlaygroundStore((s) => selectRepeatRuns(s, paneId).length > 0);
  return repeated ? <RepeatRunsPanel pane={pane} /> : null;
}
