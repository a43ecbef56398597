/**
 * Runs the built app (`next start`, after `next build`) and redis-server as real processes on free
 * ports, for the attack suite. Nothing here is shared with other runs: every port is picked at
 * runtime and Redis keeps no files.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'undici';

export const ACCESS_CODE = 'attack-suite-code';
export const SESSION_SECRET = 'attack-suite-session-secret-0123456789';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

export interface App {
  url: string;
  pid: number;
  /** Resident memory of the server process, in MB (Linux /proc). */
  rssMb: () => number;
  /** V8 heap in use after a full garbage collection, in MB (needs `startApp(env, { inspect: true })`). */
  heapUsedMb: () => Promise<number>;
  /** Everything the server printed (warnings, startup errors). */
  output: () => string;
  stop: () => Promise<void>;
}

export const BASE_ENV: Record<string, string> = {
  NEXT_TELEMETRY_DISABLED: '1',
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
};

/** Asks the server's inspector (Chrome DevTools Protocol) to collect garbage, then for the heap size. */
async function heapAfterGc(inspectorUrl: string): Promise<number> {
  const socket = new WebSocket(inspectorUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let id = 0;
  const call = (method: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const mine = ++id;
      const listener = (event: { data: unknown }) => {
        const message = JSON.parse(String(event.data)) as { id?: number; result?: Record<string, unknown> };
        if (message.id !== mine) return;
        socket.removeEventListener('message', listener);
        resolve(message.result ?? {});
      };
      socket.addEventListener('message', listener);
      socket.send(JSON.stringify({ id: mine, method }));
    });
  await call('HeapProfiler.collectGarbage');
  await call('HeapProfiler.collectGarbage');
  const usage = await call('Runtime.getHeapUsage');
  socket.close();
  return Number(usage.usedSize) / 1024 / 1024;
}

export async function startApp(
  env: Record<string, string>,
  options: { inspect?: boolean } = {},
): Promise<App> {
  const port = await freePort();
  const inspectPort = options.inspect ? await freePort() : 0;
  const child = spawn(
    process.execPath,
    [
      ...(options.inspect ? [`--inspect=127.0.0.1:${inspectPort}`] : []),
      'node_modules/next/dist/bin/next',
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    { env: { ...BASE_ENV, ...env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`next start exited: ${output}`);
      return (await fetch(`${url}/api/health`)).ok;
    }, `next start on ${port}`);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    rssMb: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    heapUsedMb: async () => {
      const inspector = /ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.exec(output)?.[0];
      if (!inspector) throw new Error('start the app with { inspect: true } to read its heap');
      return heapAfterGc(inspector);
    },
    output: () => output,
    stop: () => stopProcess(child),
  };
}

export interface RedisServer {
  url: string;
  stop: () => Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'playground-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`redis-server exited: ${output}`);
    return output.includes('Ready to accept connections');
  }, `redis-server on ${port}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await stopProcess(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The TCP ports a process listens on (Linux /proc: its socket inodes, matched in /proc/net/tcp*). */
export function listeningPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode) inodes.add(inode);
    } catch {
      // closed while we looked
    }
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is "ADDR:PORT" in hex; state 0A is LISTEN; the inode is the tenth field.
      if (fields[3] === '0A' && inodes.has(fields[9] ?? '')) {
        ports.add(Number.parseInt(fields[1]?.split(':')[1] ?? '0', 16));
      }
    }
  }
  return [...ports];
}

/** Unlocks with the right code and returns the session cookie header. */
export async function unlock(app: App): Promise<string> {
  const response = await fetch(`${app.url}/api/unlock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: ACCESS_CODE }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 204 || !cookie) throw new Error(`unlock failed: ${response.status}`);
  return cookie;
}

/** Runs `task` for every item with at most `limit` in flight. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
