'use client';

import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { useCountdown } from '@/lib/client/use-countdown';
import type { PlaygroundErrorBody } from '@/lib/errors';
import { findCatalogModel } from '@/lib/models/catalog';
import { useSetParameter } from './pane-context';

/** Links in Groq's error text (its console, its docs) become links; any other host stays text. */
const URL_PATTERN = /(https:\/\/[^\s)]+[^\s).,])/;

function isGroqLink(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'groq.com' || host.endsWith('.groq.com');
  } catch {
    return false;
  }
}

/** Error text with Groq's own https links as real links (new tab, no opener). */
export function MessageWithLinks({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 && isGroqLink(part) ? (
          <a
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string.
            key={i}
            href={part}
            target="_blank"
            rel="noopener noreferrer"
            className="font-medium underline underline-offset-2"
          >
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** Groq's 429 text ends with "Please try again in 7.66s."; the live countdown says that instead. */
export function withoutRetryHint(message: string): string {
  return message.replace(/\s*Please try again in [\d.hms]+\.?/i, '').trim();
}

/**
 * An answer's error as one card with one action: Retry (a 429 counts down Groq's `retry-after` and
 * enables it at zero), or — when flex capacity is full (498) — Retry on on_demand. `failedAt` is when
 * the error arrived (the countdown's start). `model` answered: a 400 from a model the capability table
 * does not know gets a hint.
 */
export function ErrorNotice({
  error,
  failedAt,
  onRetry,
  model,
}: {
  error: PlaygroundErrorBody;
  failedAt?: number;
  onRetry?: () => void;
  model?: string;
}) {
  const rateLimited = error.retry_after !== undefined;
  const until = rateLimited ? (failedAt ?? Date.now()) + (error.retry_after ?? 0) * 1000 : null;
  const secondsLeft = useCountdown(until);
  const waiting = secondsLeft > 0;
  const flexFull = error.status === 498;
  const unknownModel = Boolean(model) && error.status === 400 && !findCatalogModel(model ?? '');
  const setParameter = useSetParameter();
  const retry = onRetry
    ? flexFull
      ? () => {
          setParameter('serviceTier', 'on_demand');
          onRetry();
        }
      : onRetry
    : undefined;
  return (
    <Notice
      tone="error"
      className="mt-2"
      action={
        retry ? (
          <Button variant="primary" size="xs" disabled={waiting} onClick={retry}>
            {flexFull ? 'Retry on on_demand' : 'Retry'}
          </Button>
        ) : null
      }
    >
      <p className="font-semibold">
        Error {error.status ? error.status : ''}
        {error.code ? ` (${error.code})` : ''}
      </p>
      {error.code === 'model_terms_required' ? (
        <p className="font-medium">
          This model’s terms have not been accepted for your organization yet: an admin accepts them once in
          the Groq console (the link below), then it works.
        </p>
      ) : null}
      <p className="break-words">
        <MessageWithLinks text={rateLimited ? withoutRetryHint(error.message) : error.message} />
      </p>
      {flexFull ? (
        <p className="mt-1">
          Flex capacity is full: Groq could not serve this request on the flex tier right now. It is not
          retried by itself.
        </p>
      ) : null}
      {unknownModel ? (
        <p className="mt-1">
          The playground does not know what {model} supports, so every control was enabled: turn off the
          feature Groq refused (tools, images, JSON, reasoning, service tier) and retry.
        </p>
      ) : null}
      {rateLimited ? (
        // The seconds tick inside the alert: not live, or the whole alert is read again every second.
        // "You can retry now." at zero is announced.
        <p data-testid="retry-countdown" aria-live={waiting ? 'off' : undefined} className="mt-1 font-medium">
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
