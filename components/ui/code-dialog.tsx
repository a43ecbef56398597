'use client';

import { useMemo, useState } from 'react';
import { CopyButton } from './copy-button';
import { Dialog } from './dialog';
import { type TabItem, Tabs } from './tabs';

export const VIEW_CODE_NOTE = 'Set GROQ_API_KEY in your environment; the key is never shown here.';

/**
 * A "View code" button and dialog: one tab per language, the code for the request as it is when the
 * dialog opens (`getRequest` is called then), and a copy button. Chat and Speech share it.
 */
export function CodeDialogButton<TRequest, TLanguage extends string>({
  getRequest,
  languages,
  generate,
}: {
  getRequest: () => TRequest;
  languages: readonly TabItem<TLanguage>[];
  generate: (request: TRequest, language: TLanguage) => string;
}) {
  const [request, setRequest] = useState<TRequest | null>(null);
  const [language, setLanguage] = useState<TLanguage>(languages[0]?.id as TLanguage);
  const code = useMemo(
    () => (request !== null ? generate(request, language) : ''),
    [request, language, generate],
  );

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
        <Tabs label="Language" tabs={languages} value={language} onChange={setLanguage}>
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
