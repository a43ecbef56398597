'use client';

import { useEffect, useMemo } from 'react';
import { extractVariables, VARIABLES_FIELD } from '@/lib/datasets/variables';
import { useDatasetStore } from '@/lib/store/dataset-store';
import { usePlaygroundStore } from '@/lib/store/playground-store';

/** `{{name}}`s in the system prompt, the conversation and the composer, in order of appearance. */
export function useVariableNames(): string[] {
  const system = usePlaygroundStore((s) => s.system);
  const messages = usePlaygroundStore((s) => s.messages);
  const draft = usePlaygroundStore((s) => s.draft);
  return useMemo(
    () => extractVariables(system, ...messages.map((m) => m.content), draft),
    [system, messages, draft],
  );
}

/**
 * Holds Submit back while a variable has no value, and says which (the composer lists field
 * problems). Mounted with the chat workbench, so it holds even when the parameters sheet is closed.
 */
export function VariablesProblem() {
  const names = useVariableNames();
  const values = useDatasetStore((s) => s.values);
  const setProblem = usePlaygroundStore((s) => s.setFieldProblem);
  const empty = names.filter((n) => (values[n] ?? '') === '');
  const message =
    empty.length === 0
      ? null
      : `${empty.map((n) => `{{${n}}}`).join(', ')} ${empty.length === 1 ? 'has' : 'have'} no value; an empty variable is never sent.`;
  useEffect(() => {
    setProblem(VARIABLES_FIELD, message);
  }, [message, setProblem]);
  useEffect(() => () => setProblem(VARIABLES_FIELD, null), [setProblem]);
  return null;
}
