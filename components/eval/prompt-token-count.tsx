'use client';

import { useEffect, useRef, useState } from 'react';
import { countTokens } from '@/lib/eval/token-counter';
import type { PromptTokenCount as Count, PromptMessage } from '@/lib/eval/tokens';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPendingRequest, selectStreaming } from '@/lib/store/selectors';
import { useSelectedModel } from '@/lib/store/use-selected-model';
import { TokenCount } from './token-count';

const DEBOUNCE_MS = 150;

/**
 * The messages Submit would send from pane `pane`, as one string: a stable snapshot for the store
 * selector (a fresh array on every store change would re-render forever).
 */
function useSentMessages(pane: number): { model: string; json: string | null } {
  // While an answer streams the composer's request cannot change in a way worth a recount: skip the
  // work on every token (null keeps the last count).
  const json = usePlaygroundStore((s) =>
    selectStreaming(s)
      ? null
      : JSON.stringify(selectPendingRequest(s, pane, { variables: s.dataset.values }).request.messages),
  );
  const model = usePlaygroundStore((s) => s.panes[pane]?.model ?? '');
  return { model, json };
}

/**
 * The prompt's token count before Submit, for the pane the parameters show: exact for gpt-oss,
 * "≈ … (o200k estimate)" otherwise, with the share of the model's context window. The tokenizer
 * loads on first use, in a worker; counting waits for a pause in typing.
 */
export function PromptTokenCount({ id }: { id?: string }) {
  const pane = usePlaygroundStore((s) => (s.compare ? s.parametersPane : 0));
  const { model, json } = useSentMessages(pane);
  const contextWindow = useSelectedModel(pane)?.contextWindow ?? null;
  const [count, setCount] = useState<Count | null>(null);
  // The encoding loads (in a worker) once there is a prompt to count, not with every page.
  const counted = useRef(false);
  const hasPrompt = json !== null && json !== '[]';

  useEffect(() => {
    if (model === '' || json === null || (!hasPrompt && !counted.current)) return;
    let live = true;
    const timer = setTimeout(() => {
      counted.current = true;
      void countTokens(model, JSON.parse(json) as PromptMessage[], contextWindow).then((next) => {
        if (live) setCount(next);
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [model, json, hasPrompt, contextWindow]);

  if (model === '' || (!hasPrompt && count === null)) return null;
  return <TokenCount id={id} count={count} />;
}
