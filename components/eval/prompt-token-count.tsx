'use client';

import { useEffect, useState } from 'react';
import {
  type PromptTokenCount as Count,
  countPromptTokens,
  loadPromptTokenizer,
  type PromptMessage,
  type PromptTokenizer,
} from '@/lib/eval/tokens';
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
 * loads on first use; counting waits for a pause in typing.
 */
export function PromptTokenCount({ id }: { id?: string }) {
  const pane = usePlaygroundStore((s) => (s.compare ? s.parametersPane : 0));
  const { model, json } = useSentMessages(pane);
  const contextWindow = useSelectedModel(pane)?.contextWindow ?? null;
  const [tokenizer, setTokenizer] = useState<PromptTokenizer | null>(null);
  const [count, setCount] = useState<Count | null>(null);

  // The 2.4 MB encoding loads once there is a prompt to count, not with every page.
  const hasPrompt = json !== null && json !== '[]';
  useEffect(() => {
    if (!hasPrompt || tokenizer) return;
    let live = true;
    void loadPromptTokenizer().then((t) => {
      if (live) setTokenizer(t);
    });
    return () => {
      live = false;
    };
  }, [hasPrompt, tokenizer]);

  useEffect(() => {
    if (!tokenizer || model === '' || json === null) return;
    const timer = setTimeout(() => {
      const messages = JSON.parse(json) as PromptMessage[];
      setCount(countPromptTokens(tokenizer, model, messages, contextWindow));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [tokenizer, model, json, contextWindow]);

  if (model === '' || (!hasPrompt && count === null)) return null;
  return <TokenCount id={id} count={count} />;
}
