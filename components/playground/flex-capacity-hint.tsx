'use client';

import { regenerateChat } from '@/lib/store/chat-runner';
import { useSettingsStore } from '@/lib/store/settings-store';

/**
 * A 498 means flex capacity is full. Groq's SDK never retries it and neither does the playground:
 * the user decides, with one click, to send the same request on on_demand.
 */
export function FlexCapacityHint() {
  const setParameter = useSettingsStore((s) => s.setParameter);
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2">
      <p>Flex capacity is full: Groq could not serve this request on the flex tier right now.</p>
      <button
        type="button"
        onClick={() => {
          setParameter('serviceTier', 'on_demand');
          void regenerateChat();
        }}
        className="rounded border border-red-300 px-2 py-0.5 text-xs font-medium hover:bg-red-100 dark:border-red-700 dark:hover:bg-red-900"
      >
        Retry on on_demand
      </button>
    </div>
  );
}
