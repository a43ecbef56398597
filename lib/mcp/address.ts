/**
 * Whether a URL's host is one Groq's cloud cannot reach: loopback, private (RFC 1918, unique-local
 * IPv6), link-local, carrier-grade NAT, unspecified, or a name that only resolves on a local
 * network. Pure (runs in the browser): literal addresses and well-known names only, no DNS.
 */

function ipv4Octets(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : Number.NaN));
  return octets.every((n) => n >= 0 && n <= 255) ? octets : null;
}

function privateIpv4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

function privateIpv6(host: string): boolean {
  const h = host.toLowerCase();
  if (h === '::' || h === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h)?.[1];
  if (mapped) {
    const octets = ipv4Octets(mapped);
    return octets !== null && privateIpv4(octets);
  }
  // WHATWG URL writes a mapped IPv4 in hex (::ffff:7f00:1).
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (hexMapped) {
    const high = Number.parseInt(hexMapped[1] ?? '0', 16);
    const low = Number.parseInt(hexMapped[2] ?? '0', 16);
    return privateIpv4([high >> 8, high & 255, low >> 8, low & 255]);
  }
  return /^f[cd][0-9a-f]{0,2}:/.test(h) || /^fe[89ab][0-9a-f]?:/.test(h);
}

/** The hostname as the URL parser normalised it (IPv6 without brackets). */
export function urlHostname(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  const octets = ipv4Octets(host);
  if (octets) return octets[0] === 127;
  return /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host);
}

/** True for hosts only this machine or its local network can reach. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isLoopbackHost(host)) return true;
  const octets = ipv4Octets(host);
  if (octets) return privateIpv4(octets);
  if (host.includes(':')) return privateIpv6(host);
  // Single-label names and local-only suffixes do not resolve on the public internet.
  return !host.includes('.') || /\.(local|internal|lan|home\.arpa)$/.test(host);
}
