'use client';

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { resolveChatRequest } from '@/lib/chat/build-request';
import { type RulesModel, rulesModel } from '@/lib/rules/model';
import { type Problem, type ProblemField, problemsFor } from '@/lib/rules/problem';
import type { ChatRequest } from '@/lib/schema/chat-request';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectAgents, selectPane, selectSharedSettings } from '@/lib/store/selectors';
import { usePaneIndex } from './pane-context';

export interface PaneRules {
  model: RulesModel;
  /** What this pane's settings send (without the conversation). */
  request: ChatRequest;
  problems: Problem[];
  /** The problems and notices about one field, for the control that shows it. */
  about: (field: ProblemField) => Problem[];
}

/**
 * What lib/rules says about this pane's settings on its model: the panels show these notices and
 * problems rather than deciding anything themselves. Judged as Submit and View code judge it (the
 * capability table; the store has already lowered Max Completion Tokens to the live limit).
 */
export function usePaneRules(): PaneRules {
  const pane = usePaneIndex();
  const settings = usePlaygroundStore((s) => selectPane(s, pane));
  const shared = usePlaygroundStore(useShallow(selectSharedSettings));
  const agents = usePlaygroundStore(
    useShallow((s) => ({ mcpServers: s.mcpServers, mcpHeaders: s.mcpHeaders, chatApi: s.chatApi })),
  );
  return useMemo(() => {
    const model = rulesModel(settings.model);
    const { request, problems } = resolveChatRequest(
      { ...settings, ...shared, ...selectAgents(agents) },
      [],
      {
        model,
      },
    );
    return { model, request, problems, about: (field) => problemsFor(problems, field) };
  }, [settings, shared, agents]);
}
