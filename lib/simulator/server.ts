/**
 * node:http adapter for the simulator's fetch handler. Streams each chunk as soon as it is produced,
 * aborts the Request's signal when the client disconnects, and destroys the socket when the response
 * body fails (the `[sim:cut]` fault).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SimulatorOptions } from './options';
import { createSimulator, type Simulator } from './simulator';

export interface SimulatorServerOptions extends Partial<SimulatorOptions> {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface SimulatorServer {
  url: string;
  port: number;
  simulator: Simulator;
  close(): Promise<void>;
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const joined = Buffer.concat(chunks);
  const bytes = new Uint8Array(joined.length);
  bytes.set(joined);
  return bytes;
}

async function serve(
  simulator: Simulator,
  origin: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  if (controller.signal.aborted) return;
  const request = new Request(new URL(req.url ?? '/', origin), {
    method,
    headers: toHeaders(req),
    body,
    signal: controller.signal,
  });
  const response = await simulator.handle(request);
  if (res.destroyed) {
    await response.body?.cancel().catch(() => undefined);
    return;
  }
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  if (!response.body) {
    res.end();
    return;
  }
  res.flushHeaders();
  const reader = response.body.getReader();
  controller.signal.addEventListener('abort', () => {
    reader.cancel().catch(() => undefined);
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) break;
      res.write(value);
    }
    res.end();
  } catch {
    // The body failed: a simulated cut or a client abort. Drop the connection without a clean end.
    res.destroy();
  }
}

export async function startSimulatorServer(options: SimulatorServerOptions = {}): Promise<SimulatorServer> {
  const { port = 0, host = '127.0.0.1', ...simulatorOptions } = options;
  const simulator = createSimulator(simulatorOptions);
  let origin = `http://${host}`;
  const server = createServer({ noDelay: true }, (req, res) => {
    serve(simulator, origin, req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json');
      const message = error instanceof Error ? error.message : String(error);
      res.end(
        JSON.stringify({
          error: { message: `Internal Server Error: ${message}`, type: 'internal_server_error' },
        }),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  origin = `http://${urlHost}:${address.port}`;
  return {
    url: origin,
    port: address.port,
    simulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
