'use client';

import { useConversationStore } from '@/lib/store/conversation-store';
import { useSettingsStore } from '@/lib/store/settings-store';

const mentionsJson = (text: string) => /json/i.test(text);

/** Groq's JSON mode requires the prompt itself to ask for JSON; say so when nothing does. */
export function JsonModeHint() {
  const system = useSettingsStore((s) => s.system);
  const asked = useConversationStore(
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
