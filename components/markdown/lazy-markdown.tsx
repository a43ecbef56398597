'use client';

import { useEffect, useState } from 'react';
import { markdownAsPlainText } from '@/lib/markdown/plain-text';
import type { MarkdownMessageProps } from './markdown-message';

/**
 * The markdown pipeline (marked, the block renderer, lowlight) is not part of the page's first load:
 * it is fetched when there is first an answer to render (an answer turn mounts on Submit, or
 * restored from storage or a share link). Until it has arrived, the text is shown as plain text
 * (whitespace kept, markdown syntax left out, same container), so an answer is never blank or held
 * back, and never shows raw `**` or `| --- |`.
 */
type Pipeline = typeof import('./markdown-message');

let pipeline: Pipeline | null = null;
let pending: Promise<Pipeline> | null = null;

/** Starts fetching the markdown pipeline (once); resolves when it can render. */
export function preloadMarkdown(): Promise<Pipeline> {
  pending ??= import('./markdown-message').then(
    (module) => {
      pipeline = module;
      return module;
    },
    (error: unknown) => {
      // Offline or a stale deployment: stay on plain text, and try again on the next answer.
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** `MarkdownMessage`, loaded on first use; plain text until then. */
export function MarkdownMessage(props: MarkdownMessageProps) {
  const [loaded, setLoaded] = useState<Pipeline | null>(pipeline);
  const current = loaded ?? pipeline;
  useEffect(() => {
    if (current) return;
    let live = true;
    preloadMarkdown().then(
      (module) => {
        if (live) setLoaded(module);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [current]);
  if (current) return <current.MarkdownMessage {...props} />;
  return (
    <div
      className="markdown min-w-0 text-sm leading-7 break-words whitespace-pre-wrap"
      aria-busy={props.streaming || undefined}
    >
      {markdownAsPlainText(props.text)}
    </div>
  );
}
