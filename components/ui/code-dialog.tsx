'use client';

import { useMemo, useState } from 'react';
import { Button } from './button';
import { CopyButton } from './copy-button';
import { Dialog } from './dialog';
import { type TabItem, Tabs } from './tabs';

export const VIEW_CODE_NOTE = 'Set GROQ_API_KEY in your environment; the key is never shown here.';

/**
 * The "View code" dialog: one tab per language, the code for `request` (open while it is not null),
 * and a copy button. Chat and Speech share it.
 */
export function CodeDialog<TRequest, TLanguage extends string>({
  request,
  onClose,
  languages,
  generate,
}: {
  request: TRequest | null;
  onClose: () => void;
  languages: readonly TabItem<TLanguage>[];
  generate: (request: TRequest, language: TLanguage) => string;
}) {
  const [language, setLanguage] = useState<TLanguage>(languages[0]?.id as TLanguage);
  const code = useMemo(
    () => (request !== null ? generate(request, language) : ''),
    [request, language, generate],
  );
  return (
    <Dialog open={request !== null} onClose={onClose} title="View code">
      <Tabs label="Language" tabs={languages} value={language} onChange={setLanguage}>
        <div className="flex flex-col gap-2">
          <div className="flex items-center gap-3">
            <p className="text-xs text-muted">{VIEW_CODE_NOTE}</p>
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
  );
}

/** A "View code" button with its dialog; `getRequest` is called when it opens. */
export function CodeDialogButton<TRequest, TLanguage extends string>({
  getRequest,
  languages,
  generate,
  className = '',
}: {
  getRequest: () => TRequest;
  languages: readonly TabItem<TLanguage>[];
  generate: (request: TRequest, language: TLanguage) => string;
  className?: string;
}) {
  const [request, setRequest] = useState<TRequest | null>(null);
  return (
    <>
      <Button className={className} onClick={() => setRequest(getRequest())}>
        View code
      </Button>
      <CodeDialog
        request={request}
        onClose={() => setRequest(null)}
        languages={languages}
        generate={generate}
      />
    </>
  );
}
