/**
 * MCP header values are credentials of the user's own services. These helpers keep them out of
 * everything that is shown, logged or shared: View code gets placeholders (`$MCP_<LABEL>_TOKEN`,
 * `Bearer $MCP_<LABEL>_TOKEN`), logs and Inspect get `***`, error text gets the values cut out.
 * Dependency-free, so the simulator, the server and the browser share it.
 */

export const REDACTED = '***';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMcpEntry(value: unknown): value is Record<string, unknown> & { headers?: unknown } {
  return isRecord(value) && value.type === 'mcp';
}

/** `$MCP_<LABEL>_TOKEN` for Authorization, `$MCP_<LABEL>_<HEADER>` for any other header. */
export function headerEnvName(label: string, header: string): string {
  const part = (text: string) =>
    text
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '');
  const suffix = header.toLowerCase() === 'authorization' ? 'TOKEN' : part(header);
  return `MCP_${part(label) || 'SERVER'}_${suffix}`;
}

/** What View code shows instead of a header value; an auth scheme (`Bearer`) stays visible. */
export function headerPlaceholder(label: string, header: string, value: string): string {
  const scheme = /^(Bearer|Basic|Token)\s+\S/i.exec(value)?.[1];
  const variable = `$${headerEnvName(label, header)}`;
  return scheme ? `${scheme} ${variable}` : variable;
}

/** `value` with each MCP tool's header values replaced by `replace(label, name, value)`, deep. */
function mapMcpHeaders(
  value: unknown,
  replace: (label: string, name: string, value: string) => string,
): unknown {
  if (Array.isArray(value)) return value.map((item) => mapMcpHeaders(item, replace));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = mapMcpHeaders(item, replace);
  if (isMcpEntry(value) && isRecord(value.headers)) {
    const label = typeof value.server_label === 'string' ? value.server_label : 'server';
    out.headers = Object.fromEntries(
      Object.entries(value.headers).map(([name, v]) => [name, replace(label, name, String(v))]),
    );
  }
  return out;
}

/** A copy for logs and Inspect: every `{type: "mcp"}` entry's header values become `***`. */
export function redactMcpHeaders<T>(value: T): T {
  return mapMcpHeaders(value, () => REDACTED) as T;
}

/** A copy for View code: header values become placeholders (`Bearer $MCP_DEEPWIKI_TOKEN`). */
export function placeholderMcpHeaders<T>(value: T): T {
  return mapMcpHeaders(value, headerPlaceholder) as T;
}

/** Every header value (and the bare token after an auth scheme) found in MCP entries of `value`. */
export function mcpHeaderSecrets(value: unknown): string[] {
  const secrets = new Set<string>();
  mapMcpHeaders(value, (_label, _name, v) => {
    const token = /^\S+\s+(\S.*)$/.exec(v)?.[1];
    for (const secret of [v, token]) if (secret && secret.trim().length >= 3) secrets.add(secret.trim());
    return v;
  });
  // Longest first, so a whole `Bearer abc` goes before its `abc`.
  return [...secrets].sort((a, b) => b.length - a.length);
}

/** `text` with every secret cut out. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join(REDACTED);
  return out;
}
