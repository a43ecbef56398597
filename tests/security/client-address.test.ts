import { describe, expect, it } from 'vitest';
import { parseAppEnv } from '@/lib/env';
import { clientAddress, limitKeyForAddress, UNKNOWN_CLIENT } from '@/lib/security/client-address';
import { installPeerAddressStamp, PEER_HEADER } from '@/lib/security/peer-address';

const trusted = (value: string) => parseAppEnv({ TRUSTED_PROXIES: value }).TRUSTED_PROXIES;
const from = (peer: string, headers: Record<string, string> = {}) =>
  new Request('http://play.example/api/chat', { headers: { [PEER_HEADER]: peer, ...headers } });

describe('the client address', () => {
  it('is UNKNOWN (one shared budget) while the peer hook is not installed', () => {
    expect(clientAddress(from('203.0.113.9'), trusted('none'))).toBe(UNKNOWN_CLIENT);
  });

  it('is the TCP peer with no trusted proxies, whatever X-Forwarded-For says', async () => {
    await installPeerAddressStamp();
    const spoofed = from('203.0.113.9', { 'x-forwarded-for': '1.2.3.4', 'x-real-ip': '5.6.7.8' });
    expect(clientAddress(spoofed, trusted('none'))).toBe('203.0.113.9');
    expect(clientAddress(from('::ffff:203.0.113.9'), trusted('0'))).toBe('203.0.113.9');
  });

  it('behind N hops is the entry N from the right, so a client prefix is ignored (nginx shape)', () => {
    // nginx appends $remote_addr: "client-chosen, real client", and the peer is nginx itself.
    const request = from('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 198.51.100.4' });
    expect(clientAddress(request, trusted('1'))).toBe('198.51.100.4');
    const twoHops = from('10.0.0.3', { 'x-forwarded-for': '6.6.6.6, 198.51.100.4, 10.0.0.2' });
    expect(clientAddress(twoHops, trusted('2'))).toBe('198.51.100.4');
  });

  it('with a CIDR list is the right-most address outside it', () => {
    const request = from('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 198.51.100.4, 10.1.2.3' });
    expect(clientAddress(request, trusted('10.0.0.0/8'))).toBe('198.51.100.4');
    expect(clientAddress(from('10.0.0.2', { 'x-forwarded-for': 'nonsense' }), trusted('10.0.0.0/8'))).toBe(
      UNKNOWN_CLIENT,
    );
  });

  it('on Vercel and Cloudflare comes from the platform header, not X-Forwarded-For', () => {
    const request = from('10.0.0.2', {
      'x-forwarded-for': '6.6.6.6',
      'x-vercel-forwarded-for': '198.51.100.4',
      'cf-connecting-ip': '198.51.100.5',
    });
    expect(clientAddress(request, trusted('vercel'))).toBe('198.51.100.4');
    expect(clientAddress(request, trusted('cloudflare'))).toBe('198.51.100.5');
  });

  it('keys IPv6 clients by their /64', () => {
    expect(limitKeyForAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(limitKeyForAddress('2001:db8:1:2:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(limitKeyForAddress('198.51.100.4')).toBe('198.51.100.4');
  });
});
