'use client';

import { useState } from 'react';
import { summarizeRateLimit } from '@/lib/store/assemble-response';
import { Button } from './button';
import { CopyButton } from './copy-button';
import { Dialog } from './dialog';

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const text = JSON.stringify(value, null, 2);
  return (
    <section aria-label={title} className="flex flex-col gap-1">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold">{title}</h3>
        <CopyButton text={text} label={`Copy ${title.toLowerCase()}`} />
      </div>
      <pre
        // Focusable so keyboard users can scroll a long request or response.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be keyboard-reachable
        tabIndex={0}
        className="max-h-72 overflow-auto rounded bg-sunken p-2 font-mono text-xs"
      >
        {text}
      </pre>
    </section>
  );
}

function RateLimits({ headers }: { headers: Record<string, string> }) {
  const limits = summarizeRateLimit(headers);
  const rows: [string, string | null][] = [
    [
      'Requests remaining (per day)',
      limits.remainingRequests && `${limits.remainingRequests} of ${limits.limitRequests}`,
    ],
    [
      'Tokens remaining (per minute)',
      limits.remainingTokens && `${limits.remainingTokens} of ${limits.limitTokens}`,
    ],
    ['Requests reset in', limits.resetRequests],
    ['Tokens reset in', limits.resetTokens],
  ];
  return (
    <section aria-label="Rate limits" className="flex flex-col gap-1">
      <h3 className="text-sm font-semibold">Rate limits</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd className="font-mono">{value ?? '—'}</dd>
          </div>
        ))}
      </dl>
      <pre className="overflow-auto rounded bg-sunken p-2 font-mono text-xs">
        {Object.entries(headers)
          .map(([name, value]) => `${name}: ${value}`)
          .join('\n') || 'No rate-limit headers were received.'}
      </pre>
    </section>
  );
}

/**
 * "Inspect" for one request: JSON sections (the exact request, the response, …) and the
 * `x-ratelimit-*` headers Groq sent with it. `getBlocks` runs when the dialog opens.
 */
export function InspectDialogButton({
  getBlocks,
  rateLimit,
}: {
  getBlocks: () => { title: string; value: unknown }[];
  rateLimit: Record<string, string>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="xs" onClick={() => setOpen(true)}>
        Inspect
      </Button>
      {open ? (
        <Dialog open={open} onClose={() => setOpen(false)} title="Inspect">
          <div className="flex flex-col gap-4">
            {getBlocks().map((block) => (
              <JsonBlock key={block.title} title={block.title} value={block.value} />
            ))}
            <RateLimits headers={rateLimit} />
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
