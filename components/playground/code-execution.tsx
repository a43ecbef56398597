'use client';

import { MarkdownMessage } from '@/components/markdown/lazy-markdown';
import type { Chart, CodeResult } from '@/lib/stream/events';
import { CodeChart } from './code-chart';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Base64 PNG bytes as a data URL, or null when the text is not base64 (never a URL of any other kind). */
export function pngDataUrl(png: string | undefined): string | null {
  const data = png?.replace(/\s+/g, '') ?? '';
  if (data === '' || !BASE64.test(data)) return null;
  return `data:image/png;base64,${data}`;
}

/** A fenced block that no backtick run inside the code can close early. */
function fenced(code: string, language: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${code}\n${fence}`;
}

function chartsOf(result: CodeResult): Chart[] {
  return [...(result.chart ? [result.chart] : []), ...(result.charts ?? [])];
}

/** Executed code (highlighted, with Copy code) and what it printed, drew and plotted. */
export function CodeExecution({ code, results }: { code: string; results: readonly CodeResult[] }) {
  return (
    <div className="flex flex-col gap-2 text-sm">
      <MarkdownMessage text={fenced(code, 'python')} />
      {results.map((result, index) => {
        const png = pngDataUrl(result.png);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: results are append-only, in Groq's order.
          <div key={index} className="flex flex-col gap-1">
            {result.text !== undefined ? (
              <>
                <p className="text-xs font-semibold">Output</p>
                <pre className="max-h-64 overflow-auto rounded bg-sunken p-2 font-mono text-xs whitespace-pre-wrap">
                  {result.text}
                </pre>
              </>
            ) : null}
            {png ? (
              // biome-ignore lint/performance/noImgElement: a data URL produced by the code, not a page asset.
              <img
                src={png}
                alt={`Output ${index + 1} drawn by the code (PNG)`}
                className="h-auto max-w-full self-start rounded border border-divider"
              />
            ) : result.png ? (
              <p className="text-xs text-red-600">An image output was not valid base64 PNG data.</p>
            ) : null}
            {chartsOf(result).map((chart, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: charts have no identity beyond order.
              <CodeChart key={i} chart={chart} />
            ))}
          </div>
        );
      })}
    </div>
  );
}
