'use client';

import { McpCall } from '@/components/mcp/mcp-transcript';
import { describeExecutedTool } from '@/lib/store/executed-tools';
import type { ExecutedTool } from '@/lib/stream/events';
import { CodeExecution } from './code-execution';
import { SearchResults } from './search-results';

const pre = 'max-h-64 overflow-auto rounded bg-sunken p-2 font-mono text-xs whitespace-pre-wrap';

function GenericTool({ argumentsText, output }: { argumentsText: string; output?: string | null }) {
  return (
    <div className="flex flex-col gap-1">
      <p className="text-xs font-semibold">Arguments</p>
      <pre className={pre}>{argumentsText || '(none)'}</pre>
      {output ? (
        <>
          <p className="text-xs font-semibold">Output</p>
          <pre className={pre}>{output}</pre>
        </>
      ) : null}
    </div>
  );
}

function ExecutedToolItem({ tool }: { tool: ExecutedTool }) {
  const view = describeExecutedTool(tool);
  return (
    <li id={`executed-tool-${tool.index}`}>
      <details className="rounded border border-divider">
        <summary className="cursor-pointer px-2 py-1 text-xs font-medium">{view.summary}</summary>
        <div className="border-t border-divider p-2">
          {view.kind === 'search' ? (
            <>
              <SearchResults
                query={view.query ?? ''}
                results={tool.search_results?.results ?? tool.browser_results ?? []}
              />
              {!tool.search_results && tool.output ? (
                <GenericTool argumentsText="" output={tool.output} />
              ) : null}
            </>
          ) : view.kind === 'code' ? (
            <>
              <CodeExecution code={view.code ?? ''} results={tool.code_results ?? []} />
              {!tool.code_results?.length && tool.output ? (
                <>
                  <p className="text-xs font-semibold">Output</p>
                  <pre className={pre}>{tool.output}</pre>
                </>
              ) : null}
            </>
          ) : view.kind === 'mcp' ? (
            <McpCall tool={tool} argumentsText={view.argumentsText} />
          ) : (
            <GenericTool argumentsText={view.argumentsText} output={tool.output} />
          )}
        </div>
      </details>
    </li>
  );
}

/** What the model ran on Groq's side, in order, each collapsed to a one-line summary. */
export function ExecutedTools({ tools }: { tools: readonly ExecutedTool[] }) {
  return (
    <section aria-label="Executed tools" className="mt-2 flex flex-col gap-1">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">Executed tools</h3>
      <ol className="flex flex-col gap-1">
        {tools.map((tool) => (
          <ExecutedToolItem key={tool.index} tool={tool} />
        ))}
      </ol>
    </section>
  );
}
