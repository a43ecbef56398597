'use client';

import { useMemo, useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { Dialog } from '@/components/ui/dialog';
import { Tabs } from '@/components/ui/tabs';
import { CODE_LANGUAGES, type CodeLanguage, generateCode } from '@/lib/codegen';
import type { ChatRequest } from '@/lib/schema/chat-request';

export const VIEW_CODE_NOTE = 'Set GROQ_API_KEY in your environment; the key is never shown here.';

/**
 * "View code": opens a dialog with the exact request the playground would send to Groq right now, as
 * curl, Python, JavaScript or JSON. `getRequest` is called each time the dialog opens.
 */
export function ViewCodeButton({ getRequest }: { getRequest: () => ChatRequest }) {
  const [request, setRequest] = useState<ChatRequest | null>(null);
  const [language, setLanguage] = useState<CodeLanguage>('curl');
  const code = useMemo(() => (request ? generateCode(request, language) : ''), [request, language]);

  return (
    <>
      <button
        type="button"
        onClick={() => setRequest(getRequest())}
        className="rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-medium hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
      >
        View code
      </button>
      <Dialog open={request !== null} onClose={() => setRequest(null)} title="View code">
        <Tabs label="Language" tabs={CODE_LANGUAGES} value={language} onChange={setLanguage}>
          <div className="flex flex-col gap-2">
            <div className="flex items-center gap-3">
              <p className="text-xs text-neutral-500 dark:text-neutral-400">{VIEW_CODE_NOTE}</p>
              <CopyButton text={code} label="Copy code" className="ml-auto shrink-0" />
            </div>
            <pre
              // Focusable so keyboard users can scroll long code.
              // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be keyboard-reachable
              tabIndex={0}
              className="max-h-[60vh] overflow-auto rounded-md bg-neutral-100 p-3 font-mono text-xs leading-relaxed dark:bg-neutral-950"
            >
              <code>{code}</code>
            </pre>
          </div>
        </Tabs>
      </Dialog>
    </>
  );
}
