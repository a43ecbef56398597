'use client';

import { useEffect, useMemo } from 'react';
import { extractVariables, VARIABLES_FIELD } from '@/lib/datasets/variables';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { PlaygroundState } from '@/lib/store/playground-types';

/** Each message's variables, kept while the message is unchanged (a stream changes only its answer). */
const namesOfMessage = new WeakMap<ConversationMessage, string[]>();

function messageNames(message: ConversationMessage): string[] {
  let names = namesOfMessage.get(message);
  if (!names) {
    names = extractVariables(message.content);
    namesOfMessage.set(message, names);
  }
  return names;
}

/**
 * The names as one string, so a streaming answer that adds no variable re-renders nothing. An answer
 * still streaming is a new object on every update: scanning it would re-read the whole answer per
 * frame (quadratic in its length); its variables count once it has ended.
 */
function variableNamesKey(s: PlaygroundState): string {
  const names = new Set(extractVariables(s.system));
  for (const message of s.messages) {
    if (message.answer?.status === 'streaming') continue;
    for (const name of messageNames(message)) names.add(name);
  }
  for (const name of extractVariables(s.draft)) names.add(name);
  return [...names].join('\n');
}

/** `{{name}}`s in the system prompt, the conversation and the composer, in order of appearance. */
export function useVariableNames(): string[] {
  const key = usePlaygroundStore(variableNamesKey);
  return useMemo(() => (key === '' ? [] : key.split('\n')), [key]);
}

/**
 * Holds Submit back while a variable has no value, and says which (the composer lists field
 * problems). Mounted with the chat workbench, so it holds even when the parameters sheet is closed.
 */
export function VariablesProblem() {
  const names = useVariableNames();
  const values = usePlaygroundStore((s) => s.dataset.values);
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
