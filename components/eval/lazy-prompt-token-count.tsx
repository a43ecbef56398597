'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { PlaygroundState } from '@/lib/store/playground-types';
import { selectPendingRequest, selectStreaming } from '@/lib/store/selectors';

/** What PromptTokenCount shows before its first count, also while its code arrives. */
function Counting() {
  return <p className="text-xs text-muted">Counting tokens…</p>;
}

// The counter (its worker client and formatting) loads with the first prompt, not on a first visit.
const PromptTokenCount = dynamic(() => import('./prompt-token-count').then((m) => m.PromptTokenCount), {
  ssr: false,
  loading: Counting,
});

/** Whether Submit would send any message now from the pane the parameters show (what is counted). */
function hasPrompt(s: PlaygroundState): boolean {
  const pane = s.compare ? s.parametersPane : 0;
  if (selectStreaming(s) || (s.panes[pane]?.model ?? '') === '') return false;
  return selectPendingRequest(s, pane, { variables: s.dataset.values }).request.messages.length > 0;
}

/**
 * The composer's prompt token count, from the first prompt on (an empty first visit shows none).
 * Once shown it stays, as PromptTokenCount keeps its last count when the prompt is emptied.
 */
export function LazyPromptTokenCount() {
  const [shown, setShown] = useState(false);
  const prompt = usePlaygroundStore((s) => shown || hasPrompt(s));
  useEffect(() => {
    if (prompt) setShown(true);
  }, [prompt]);
  return prompt ? (
    <LoadBoundary what="The token count">
      <PromptTokenCount />
    </LoadBoundary>
  ) : null;
}
