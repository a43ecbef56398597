'use client';

import { IMAGE_LINK_PROTOCOLS, safeUrl } from '@/lib/markdown/safe-url';
import type { SearchResult } from '@/lib/stream/events';

const SNIPPET_CHARS = 280;

function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function snippet(content: string | undefined): string {
  const text = (content ?? '').replace(/\s+/g, ' ').trim();
  return text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS - 1)}…` : text;
}

/**
 * Search results from an executed browser search. Everything here came from the web: titles and
 * snippets render as text, and only http(s) URLs become links (new tab, no opener, no referrer).
 */
export function SearchResults({ query, results }: { query: string; results: readonly SearchResult[] }) {
  return (
    <div className="flex flex-col gap-2">
      <p className="text-xs">
        <span className="font-semibold">Query:</span> {query}
      </p>
      {results.length === 0 ? <p className="text-xs text-muted">No results.</p> : null}
      <ol className="flex flex-col gap-2">
        {results.map((result, index) => {
          const url = safeUrl(result.url, IMAGE_LINK_PROTOCOLS);
          const title = result.title?.trim() || result.url || 'Untitled result';
          const site = siteOf(url);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: results are append-only, in Groq's order.
            <li key={index} className="rounded border border-divider p-2">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                {url ? (
                  <a
                    href={url}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="text-sm font-medium text-groq-strong underline underline-offset-2 dark:text-orange-400"
                  >
                    {title}
                  </a>
                ) : (
                  <span className="text-sm font-medium">{title}</span>
                )}
                {typeof result.score === 'number' ? (
                  <span className="font-mono text-xs text-muted">score {result.score.toFixed(2)}</span>
                ) : null}
              </div>
              {site ? (
                <p className="text-xs text-muted">{site}</p>
              ) : result.url ? (
                <p className="break-all text-xs text-muted">{result.url} (not a web link)</p>
              ) : null}
              {result.content ? <p className="mt-1 text-xs text-fg-soft">{snippet(result.content)}</p> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
