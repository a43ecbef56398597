'use client';

import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { PlaygroundErrorBody } from '@/lib/errors';
import { failingServerLabel } from '@/lib/mcp/connector-error';
import { usePlaygroundStore } from '@/lib/store/playground-store';

/**
 * A remote MCP server failed (424 `external_connector_error`): the card names the server and gives
 * Groq's message. The prompt and the conversation stay; Retry asks again, "Turn off <label>" stops
 * sending that server (the user can then Retry without it).
 */
export function McpConnectorError({
  error,
  tools,
  onRetry,
}: {
  error: PlaygroundErrorBody;
  tools: readonly unknown[] | null | undefined;
  onRetry?: () => void;
}) {
  const label = failingServerLabel(error.message, tools);
  const turnOff = usePlaygroundStore((s) => s.turnOffMcpServer);
  const enabled = usePlaygroundStore((s) =>
    label === null ? false : s.mcpServers.some((server) => server.enabled && server.label.trim() === label),
  );
  return (
    <Notice
      tone="error"
      className="mt-2"
      action={
        <div className="flex flex-wrap gap-2">
          {onRetry ? (
            <Button variant="primary" size="xs" onClick={onRetry}>
              Retry
            </Button>
          ) : null}
          {label !== null && enabled ? (
            <Button size="xs" onClick={() => turnOff(label)}>
              Turn off {label}
            </Button>
          ) : null}
        </div>
      }
    >
      <p className="font-semibold">
        Error {error.status}: MCP server {label ?? '(unknown)'} failed
      </p>
      <p className="break-words">{error.message}</p>
      <p className="mt-1">
        Groq could not use this server, so nothing was answered. Check its URL and headers under Tools, then
        retry, or turn it off.
      </p>
    </Notice>
  );
}
