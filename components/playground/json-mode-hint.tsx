'use client';

import { usePlaygroundStore } from '@/lib/store/playground-store';

const mentionsJson = (text: string) => /json/i.test(text);

/** Groq's JSON mode requires the prompt itself to ask for JSON; say so when nothing does. */
export function JsonModeHint() {
  const system = usePlaygroundStore((s) => s.system);
  const asked = usePlaygroundStore(
    (s) => mentionsJson(s.draft) || s.messages.some((m) => m.role !== 'assistant' && mentionsJson(m.content)),
  );
  if (asked || mentionsJson(system)) return null;
  return (
    <p role="status" className="-mt-2 text-xs text-amber-700 dark:text-amber-300">
      No message asks for JSON yet. Groq requires you to instruct the model to produce JSON in the system or a
      user message (e.g. “Respond in JSON”).
    </p>
  );
}
