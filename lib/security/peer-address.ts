import 'server-only';
import type { IncomingMessage, Server } from 'node:http';

/**
 * Next.js route handlers never see the TCP peer: Next copies `socket.remoteAddress` into
 * `X-Forwarded-For` only when the client did not send that header itself, so a client that sends one
 * hides its address. At server start (instrumentation.ts) we wrap the Node HTTP server's `request`
 * event and stamp the peer address into a header of our own, overwriting whatever the client put
 * there. The stamp is trusted only while this hook is installed in the same process.
 */
export const PEER_HEADER = 'x-playground-peer-address';

const marker = globalThis as typeof globalThis & { __playgroundPeerStamp?: boolean };

export function normalizeAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

function stamp(request: IncomingMessage): void {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[PEER_HEADER] = normalizeAddress(address);
  else delete request.headers[PEER_HEADER];
}

/** Installs the hook once per process (Node runtime only). */
export async function installPeerAddressStamp(): Promise<void> {
  if (marker.__playgroundPeerStamp) return;
  const http = await import('node:http');
  const proto = http.Server.prototype;
  const original = proto.emit;
  proto.emit = function emitWithPeer(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') stamp(args[0] as IncomingMessage);
    return Reflect.apply(original, this, [event, ...args]);
  } as Server['emit'];
  marker.__playgroundPeerStamp = true;
}

/** The stamped TCP peer of this request, or undefined when the hook is not running. */
export function peerAddress(request: Request): string | undefined {
  if (!marker.__playgroundPeerStamp) return undefined;
  return request.headers.get(PEER_HEADER) ?? undefined;
}
