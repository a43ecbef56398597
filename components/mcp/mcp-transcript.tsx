'use client';

import type { ExecutedTool, McpToolList } from '@/lib/stream/events';

const pre = 'max-h-64 overflow-auto rounded bg-sunken p-2 font-mono text-xs whitespace-pre-wrap';

/** One MCP call: the server and tool, the arguments, and the output or the error. */
export function McpCall({ tool, argumentsText }: { tool: ExecutedTool; argumentsText: string }) {
  return (
    <dl className="flex flex-col gap-1 text-xs">
      <div className="flex gap-2">
        <dt className="font-semibold">Server</dt>
        <dd>{tool.server_label ?? 'unknown'}</dd>
      </div>
      <div className="flex gap-2">
        <dt className="font-semibold">Tool</dt>
        <dd className="font-mono">{tool.name ?? 'unknown'}</dd>
      </div>
      <dt className="font-semibold">Arguments</dt>
      <dd>
        <pre className={pre}>{argumentsText || '(none)'}</pre>
      </dd>
      {tool.error ? (
        <>
          <dt className="font-semibold text-red-700 dark:text-red-300">Error</dt>
          <dd>
            <pre className={pre}>{tool.error}</pre>
          </dd>
        </>
      ) : null}
      {typeof tool.output === 'string' ? (
        <>
          <dt className="font-semibold">Output</dt>
          <dd>
            <pre className={pre}>{tool.output || '(empty)'}</pre>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** What each remote MCP server offered the model for this answer (`mcp_list_tools`), collapsed. */
export function McpToolLists({ lists }: { lists: readonly McpToolList[] }) {
  return (
    <section aria-label="MCP tools listed" className="mt-2 flex flex-col gap-1">
      <ol className="flex flex-col gap-1">
        {lists.map((list, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a server may list twice (one per turn); order is fixed.
          <li key={`${list.server_label}-${i}`}>
            <details className="rounded border border-divider">
              <summary className="cursor-pointer px-2 py-1 text-xs font-medium">
                MCP {list.server_label}: {list.tools.length} {list.tools.length === 1 ? 'tool' : 'tools'}{' '}
                listed
              </summary>
              <ul className="flex flex-col gap-1 border-t border-divider p-2 text-xs">
                {list.tools.map((tool) => (
                  <li key={tool.name}>
                    <span className="font-mono font-semibold">{tool.name}</span>
                    {tool.description ? ` — ${tool.description}` : ''}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
