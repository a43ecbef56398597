'use client';

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/ui/button';
import { keepFocus } from '@/components/ui/keep-focus';
import { Switch } from '@/components/ui/switch';
import { type McpServerInput, mcpServerInputs } from '@/lib/mcp/settings';
import { checkMcpServer, checkMcpServers, type McpProblem } from '@/lib/mcp/validate';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { McpServerFields } from './mcp-server-fields';

/** Each server's problems: the servers that are on are checked together (duplicate labels). */
function problemsById(servers: readonly McpServerInput[]): Map<string, McpProblem[]> {
  const enabled = servers.filter((s) => s.enabled);
  const checks = checkMcpServers(enabled);
  const byId = new Map(enabled.map((s, i) => [s.id, checks[i]?.problems ?? []]));
  for (const s of servers) if (!s.enabled) byId.set(s.id, checkMcpServer(s).problems);
  return byId;
}

const nameOf = (server: McpServerInput, index: number) => server.label.trim() || `${index + 1}`;

/**
 * The configured MCP servers, each with its switch, its fields (open while edited, wrong, or missing
 * the headers a shared link left out), Done, Edit and Remove. Loaded with the first server; see
 * McpServers for the group around it.
 */
export function McpServerList({
  editing,
  onEdit,
}: {
  editing: ReadonlySet<string>;
  onEdit: (id: string, on: boolean) => void;
}) {
  const { servers, headers } = usePlaygroundStore(
    useShallow((s) => ({ servers: s.mcpServers, headers: s.mcpHeaders })),
  );
  const update = usePlaygroundStore((s) => s.updateMcpServer);
  const setHeaders = usePlaygroundStore((s) => s.setMcpHeaders);
  const remove = usePlaygroundStore((s) => s.removeMcpServer);
  const inputs = useMemo(() => mcpServerInputs(servers, headers), [servers, headers]);
  const problems = useMemo(() => problemsById(inputs), [inputs]);

  return inputs.map((server, index) => {
    const name = nameOf(server, index);
    const own = problems.get(server.id) ?? [];
    const hasError = own.some((p) => p.severity === 'error');
    const missing = server.headers.trim() === '' ? (server.headerNames ?? []) : [];
    const open = editing.has(server.id) || hasError || missing.length > 0;
    return (
      <fieldset
        key={server.id}
        aria-label={`MCP server ${name}`}
        className="flex flex-col gap-2 rounded border border-divider p-2"
      >
        <Switch
          label={`MCP server ${name}`}
          checked={server.enabled}
          onChange={(enabled) => update(server.id, { enabled })}
          description={
            server.enabled
              ? `${server.url || 'No URL yet'}${server.allowedTools.trim() ? ` · tools: ${server.allowedTools}` : ''}`
              : 'Off: not sent.'
          }
        />
        {missing.length > 0 ? (
          <p role="status" className="text-xs text-amber-800 dark:text-amber-300">
            This shared server needs its headers ({missing.join(', ')}): links never carry their values, so
            enter them under Headers.
          </p>
        ) : null}
        {open ? (
          <McpServerFields
            server={server}
            problems={own}
            onChange={(patch) => update(server.id, patch)}
            onHeaders={(text) => setHeaders(server.id, text)}
          />
        ) : null}
        <div className="flex flex-wrap gap-2">
          {open && !hasError ? (
            <Button size="xs" onClick={() => onEdit(server.id, false)}>
              Done
            </Button>
          ) : null}
          {!open ? (
            <Button size="xs" onClick={() => onEdit(server.id, true)}>
              Edit MCP server {name}
            </Button>
          ) : null}
          <Button
            size="xs"
            onClick={(event) => {
              const group = event.currentTarget.closest('[data-mcp-servers]');
              remove(server.id);
              keepFocus(event.currentTarget, group?.querySelector('[data-add-mcp]'));
            }}
          >
            Remove MCP server {name}
          </Button>
        </div>
      </fieldset>
    );
  });
}
