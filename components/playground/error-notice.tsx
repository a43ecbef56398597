'use client';

import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { useCountdown } from '@/lib/client/use-countdown';
import type { PlaygroundErrorBody } from '@/lib/errors';

/** Groq's 429 text ends with "Please try again in 7.66s."; the live countdown says that instead. */
export function withoutRetryHint(message: string): string {
  return message.replace(/\s*Please try again in [\d.hms]+\.?/i, '').trim();
}

/**
 * An answer's error as one card with one action, Retry. A 429 counts down Groq's `retry-after` and
 * enables Retry when it reaches zero. `failedAt` is when the error arrived (the countdown's start).
 */
export function ErrorNotice({
  error,
  failedAt,
  onRetry,
}: {
  error: PlaygroundErrorBody;
  failedAt?: number;
  onRetry?: () => void;
}) {
  const rateLimited = error.retry_after !== undefined;
  const until = rateLimited ? (failedAt ?? Date.now()) + (error.retry_after ?? 0) * 1000 : null;
  const secondsLeft = useCountdown(until);
  const waiting = secondsLeft > 0;

  return (
    <Notice
      tone="error"
      className="mt-2"
      action={
        onRetry ? (
          <Button variant="primary" size="xs" disabled={waiting} onClick={onRetry}>
            Retry
          </Button>
        ) : null
      }
    >
      <p className="font-semibold">
        Error {error.status ? error.status : ''}
        {error.code ? ` (${error.code})` : ''}
      </p>
      <p className="break-words">{rateLimited ? withoutRetryHint(error.message) : error.message}</p>
      {rateLimited ? (
        <p data-testid="retry-countdown" className="mt-1 font-medium">
          {waiting ? (
            <>
              Rate limited: you can retry in <span className="tabular-nums">{secondsLeft}</span> s.
            </>
          ) : (
            'You can retry now.'
          )}
        </p>
      ) : null}
      {error.failed_generation ? (
        <details className="mt-1">
          <summary className="cursor-pointer">Failed generation</summary>
          <pre className="mt-1 whitespace-pre-wrap font-mono text-xs">{error.failed_generation}</pre>
        </details>
      ) : null}
    </Notice>
  );
}
