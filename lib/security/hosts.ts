import { isIP } from 'node:net';
import { hostName } from '../env/host-name';
import type { AppEnv } from '../env/schema';

type HostSettings = Pick<
  AppEnv,
  | 'PUBLIC_URL'
  | 'ALLOWED_ORIGINS'
  | 'ALLOWED_HOSTS'
  | 'VERCEL_URL'
  | 'VERCEL_BRANCH_URL'
  | 'VERCEL_PROJECT_PRODUCTION_URL'
>;

function urlHostName(url: string): string | null {
  try {
    return hostName(new URL(url).host);
  } catch {
    return null;
  }
}

interface AllowedHosts {
  any: boolean;
  exact: Set<string>;
  /** `*.example.com` entries, kept as `.example.com`. */
  suffixes: string[];
}

const cache = new WeakMap<HostSettings, AllowedHosts>();

/** Hosts named by the settings: PUBLIC_URL, ALLOWED_ORIGINS, ALLOWED_HOSTS and Vercel's own URLs. */
function configuredHosts(settings: HostSettings): AllowedHosts {
  const cached = cache.get(settings);
  if (cached) return cached;
  const allowed: AllowedHosts = { any: false, exact: new Set(), suffixes: [] };
  const urls = [settings.PUBLIC_URL, ...settings.ALLOWED_ORIGINS];
  for (const url of urls) {
    const name = url ? urlHostName(url) : null;
    if (name) allowed.exact.add(name);
  }
  // Vercel gives host names without a scheme; its deployment, branch and production domains.
  const vercel = [settings.VERCEL_URL, settings.VERCEL_BRANCH_URL, settings.VERCEL_PROJECT_PRODUCTION_URL];
  for (const entry of [...vercel, ...settings.ALLOWED_HOSTS]) {
    if (!entry) continue;
    if (entry.trim() === '*') allowed.any = true;
    else if (entry.trim().startsWith('*.')) {
      const name = hostName(entry.trim().slice(2));
      if (name) allowed.suffixes.push(`.${name}`);
    } else {
      const name = entry.includes('://') ? urlHostName(entry) : hostName(entry);
      if (name) allowed.exact.add(name);
    }
  }
  cache.set(settings, allowed);
  return allowed;
}

/** Loopback names, and any IP literal: DNS rebinding always arrives under a domain name it controls. */
function alwaysAllowed(name: string): boolean {
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  return isIP(name.replace(/^\[|\]$/g, '')) !== 0;
}

/**
 * Whether this deployment answers to a Host header value. A page that a DNS-rebinding attack loads
 * from `rebind.example` (resolving to this server) sends `Host: rebind.example`: refusing unknown
 * names is what keeps such a page from using the API as if it were this origin.
 */
export function hostAllowed(host: string | null, settings: HostSettings): boolean {
  if (host === null) return false;
  const name = hostName(host);
  if (name === null) return false;
  if (alwaysAllowed(name)) return true;
  const allowed = configuredHosts(settings);
  if (allowed.any || allowed.exact.has(name)) return true;
  return allowed.suffixes.some((suffix) => name.endsWith(suffix));
}
