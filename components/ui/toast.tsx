'use client';

import { type ReactNode, useEffect } from 'react';
import { Button } from './button';

/**
 * A message that floats in the top corner under the header (so it never moves the layout, and never
 * covers the composer's Submit and Attach image or the stats under the last answer, which live at the
 * bottom) and goes away by itself after `timeoutMs` unless it holds something to act on (`sticky`).
 * It is a polite status.
 */
export function Toast({
  children,
  onDismiss,
  timeoutMs = 5000,
  sticky = false,
}: {
  children: ReactNode;
  onDismiss: () => void;
  timeoutMs?: number;
  sticky?: boolean;
}) {
  useEffect(() => {
    if (sticky) return;
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [sticky, timeoutMs, onDismiss]);
  return (
    <div className="pointer-events-none fixed inset-x-0 top-16 z-50 flex justify-center px-3 sm:justify-end sm:px-4">
      <div
        role="status"
        className="pointer-events-auto flex max-w-md items-start gap-3 rounded-md border border-neutral-700 bg-neutral-900 px-4 py-2 text-sm text-white shadow-lg dark:border-neutral-300 dark:bg-neutral-100 dark:text-neutral-900"
      >
        <div className="min-w-0 flex-1">{children}</div>
        <Button variant="link" size="xs" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
