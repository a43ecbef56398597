/** Host values as the settings and the gate read them (ALLOWED_HOSTS, VERCEL_URL, a Host header). */

/**
 * The host name in a Host header or a bare `name[:port]` ("A.example.:3000" → "a.example",
 * "[::1]:3000" → "[::1]"), or null when the value is not a host at all (a path, credentials, spaces).
 */
export function hostName(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || /[\s/\\?#@]/.test(trimmed)) return null;
  try {
    return new URL(`http://${trimmed}`).hostname.replace(/\.$/, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** An ALLOWED_HOSTS entry: `*`, `*.example.com`, or a host name (a port is ignored). */
export function validHostEntry(entry: string): boolean {
  if (entry === '*') return true;
  return hostName(entry.startsWith('*.') ? entry.slice(2) : entry) !== null;
}
