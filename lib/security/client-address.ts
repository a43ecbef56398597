import 'server-only';
import { BlockList, isIP } from 'node:net';
import type { TrustedProxies } from '../env';
import { normalizeAddress, peerAddress } from './peer-address';

/** When no address can be trusted, every such request shares this one budget (limits still hold). */
export const UNKNOWN_CLIENT = 'unknown';

let warned = false;
function warnOnce(message: string): void {
  if (warned) return;
  warned = true;
  console.warn(`[playground] ${message}`);
}

function forwardedChain(request: Request): string[] {
  const header = request.headers.get('x-forwarded-for') ?? '';
  return header
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

const blockLists = new Map<string, BlockList>();
function blockListFor(cidrs: readonly string[]): BlockList {
  const cacheKey = cidrs.join(',');
  let list = blockLists.get(cacheKey);
  if (!list) {
    list = new BlockList();
    for (const entry of cidrs) {
      const [address = '', prefix] = entry.split('/');
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(prefix), type);
    }
    blockLists.set(cacheKey, list);
  }
  return list;
}

function isTrusted(address: string, list: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** An IPv6 client controls a whole /64, so it is one client; IPv4 addresses stand alone. */
export function limitKeyForAddress(address: string): string {
  const normalized = normalizeAddress(address);
  if (isIP(normalized) !== 6) return normalized;
  const groups = expandIPv6(normalized);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const missing = address.includes('::') ? 8 - left.length - right.length : 0;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((g) =>
    g.replace(/^0+(?=.)/, ''),
  );
}

/**
 * The client's address, from what this deployment's network guarantees (TRUSTED_PROXIES): the TCP
 * peer; or, behind N proxies, the entry N hops from the right of X-Forwarded-For + peer; or the
 * right-most entry not inside the trusted CIDRs; or the platform's own header (Vercel, Cloudflare).
 * Entries further left were written by the client and are never used.
 */
export function clientAddress(request: Request, trusted: TrustedProxies): string {
  const headerValue = (name: string) => request.headers.get(name)?.split(',')[0]?.trim();
  if (trusted.kind === 'vercel') {
    // Vercel overwrites these with the connecting address; a client cannot set them.
    const address = headerValue('x-vercel-forwarded-for') ?? headerValue('x-real-ip');
    if (address && isIP(address)) return normalizeAddress(address);
    warnOnce('TRUSTED_PROXIES=vercel but the request has no x-vercel-forwarded-for header.');
    return UNKNOWN_CLIENT;
  }
  if (trusted.kind === 'cloudflare') {
    const address = headerValue('cf-connecting-ip');
    if (address && isIP(address)) return normalizeAddress(address);
    warnOnce('TRUSTED_PROXIES=cloudflare but the request has no cf-connecting-ip header.');
    return UNKNOWN_CLIENT;
  }
  const stamped = peerAddress(request);
  const peer = stamped ? normalizeAddress(stamped) : undefined;
  if (!peer) {
    warnOnce(
      'The TCP peer address is unavailable (instrumentation hook not running); all clients share one rate-limit budget.',
    );
    return UNKNOWN_CLIENT;
  }
  if (trusted.kind === 'none') return peer;
  const chain = [...forwardedChain(request), peer];
  if (trusted.kind === 'hops') {
    const entry = chain[chain.length - 1 - trusted.hops] ?? chain[0] ?? peer;
    return isIP(entry) ? normalizeAddress(entry) : UNKNOWN_CLIENT;
  }
  const list = blockListFor(trusted.cidrs);
  for (let i = chain.length - 1; i >= 0; i--) {
    const entry = normalizeAddress(chain[i] ?? '');
    if (!isTrusted(entry, list)) return isIP(entry) ? entry : UNKNOWN_CLIENT;
  }
  return normalizeAddress(chain[0] ?? peer);
}
