'use client';

import { lazy, Suspense, useState } from 'react';
import { usePaneRules } from '@/components/playground/use-pane-rules';
import { Button } from '@/components/ui/button';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { preloadOn } from '@/components/ui/preload-on';
import { usePlaygroundStore } from '@/lib/store/playground-store';

/**
 * A first visit has no MCP server: the list (its fields and checks) loads with the first one (saved
 * servers, a shared link, or Add MCP server, whose pointer or focus starts the load).
 */
const loadServerList = () => import('./mcp-server-list');
const McpServerList = lazy(() => loadServerList().then((m) => ({ default: m.McpServerList })));

/**
 * Remote MCP servers (Groq calls them; the app never does): add, edit, turn off and remove. Sent as
 * `{type: "mcp"}` tools beside the function and built-in tools, on the models lib/rules says take them.
 */
export function McpServers() {
  const count = usePlaygroundStore((s) => s.mcpServers.length);
  const add = usePlaygroundStore((s) => s.addMcpServer);
  const { about } = usePaneRules();
  // Here, not in the list: Add opens the new server's fields before the list has loaded.
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const unsupported = about('mcpServers').find((p) => p.code === 'mcp-unsupported');
  const toggleEdit = (id: string, on: boolean) =>
    setEditing((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <fieldset className="flex flex-col gap-2" data-mcp-servers>
      <legend className="mb-1 text-sm font-medium">MCP servers</legend>
      {unsupported ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {unsupported.message}
        </p>
      ) : null}
      {count > 0 ? (
        <LoadBoundary what="The MCP servers">
          <Suspense fallback={null}>
            <McpServerList editing={editing} onEdit={toggleEdit} />
          </Suspense>
        </LoadBoundary>
      ) : null}
      <div>
        <Button
          size="xs"
          data-add-mcp
          {...preloadOn(loadServerList)}
          onClick={() => {
            const id = add();
            toggleEdit(id, true);
          }}
        >
          Add MCP server
        </Button>
      </div>
    </fieldset>
  );
}
