import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

const tones: Record<NoticeTone, string> = {
  info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100',
  success:
    'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
};

/**
 * The one notice box: info, success, warning, error. Errors are alerts (announced at once), the
 * rest are polite status messages, unless `role` says otherwise (`none` for a static card). It fills
 * the width of the column it sits in, so notices line up with the content around them.
 */
export function Notice({
  tone,
  children,
  action,
  id,
  role,
  className = '',
  compact = false,
}: {
  tone: NoticeTone;
  children: ReactNode;
  /** Buttons shown after the text (one primary action at most). */
  action?: ReactNode;
  id?: string;
  role?: 'alert' | 'status' | 'none';
  className?: string;
  compact?: boolean;
}) {
  const resolved = role ?? (tone === 'error' ? 'alert' : 'status');
  return (
    <div
      id={id}
      role={resolved === 'none' ? undefined : resolved}
      data-tone={tone}
      className={`flex w-full flex-wrap items-start gap-x-3 gap-y-2 rounded-md border text-sm ${
        compact ? 'px-2.5 py-1.5' : 'px-3 py-2'
      } ${tones[tone]} ${className}`}
    >
      <div className="min-w-0 flex-1">{children}</div>
      {action ? <div className="flex shrink-0 flex-wrap items-center gap-2">{action}</div> : null}
    </div>
  );
}
