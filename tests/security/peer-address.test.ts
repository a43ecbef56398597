import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { installPeerAddressStamp, PEER_HEADER } from '@/lib/security/peer-address';

describe('the peer-address stamp', () => {
  it('overwrites whatever the client put in the header with the socket address', async () => {
    await installPeerAddressStamp();
    await installPeerAddressStamp(); // idempotent: one wrapper, not two
    const server = createServer((req, res) => res.end(String(req.headers[PEER_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const seen = await new Promise<string>((resolve, reject) => {
      const req = request({
        port,
        host: '127.0.0.1',
        localAddress: '127.0.0.3',
        headers: { [PEER_HEADER]: '6.6.6.6' },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });
    server.close();
    expect(seen).toBe('127.0.0.3');
  });
});
