/**
 * Harness plumbing: a production build if there is none (never concurrently with someone else's
 * `next build`), the standalone Groq simulator and `next start` pointed at it.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const BUILD_ID = path.join(ROOT, '.next', 'BUILD_ID');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The current build's id, or null while there is none (e.g. someone's build is rewriting .next). */
export function currentBuildId(): string | null {
  try {
    return readFileSync(BUILD_ID, 'utf8').trim();
  } catch {
    return null;
  }
}

/** PIDs of `next build` processes running on this machine (someone else's, never ours). */
export function buildsInProgress(): number[] {
  const result = spawnSync('pgrep', ['-f', 'next build'], { encoding: 'utf8' });
  return result.stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => Number.isInteger(pid) && pid > 0 && pid !== process.pid);
}

/** Waits (bounded) until no `next build` is running. */
export async function waitForOtherBuilds(log: (line: string) => void, maxMs = 10 * 60_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let announced = false;
  for (;;) {
    const pids = buildsInProgress();
    if (pids.length === 0) return;
    if (!announced) {
      log(`A \`next build\` is in progress (pid ${pids.join(', ')}); waiting for it to finish…`);
      announced = true;
    }
    if (Date.now() > deadline)
      throw new Error(`another \`next build\` is still running after ${maxMs / 1000} s`);
    await sleep(2000);
  }
}

/** Builds the app when `.next/BUILD_ID` is missing. */
export async function ensureBuild(log: (line: string) => void): Promise<'existing' | 'built'> {
  await waitForOtherBuilds(log);
  if (existsSync(BUILD_ID)) return 'existing';
  log(`.next/BUILD_ID is missing: running \`node ${NEXT_BIN} build\` (takes a few minutes)…`);
  const started = Date.now();
  const child = spawn(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0 || !existsSync(BUILD_ID)) throw new Error(`next build failed (exit ${code})`);
  log(`Build finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return 'built';
}

/**
 * A framework floor (issue 27): the minimal Next.js app in `bench/<name>`, copied to `.bench/<name>`
 * (inside bench/, Next.js would take bench/proxy.ts for its proxy file) and built with the project's
 * own node_modules, so the app's figures can be read relative to what Next.js costs by itself.
 * Returns the built app's directory, for `startApp(..., { cwd })`.
 */
export function buildFloorApp(name: string): string {
  const source = path.join(ROOT, 'bench', name);
  const dir = path.join(ROOT, '.bench', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(source, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.next`) });
  const build = spawnSync(process.execPath, [path.join(ROOT, NEXT_BIN), 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`bench/${name} did not build:\n${build.stdout}\n${build.stderr}`);
  return dir;
}

export async function freePort(): Promise<number> {
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

export interface AppServer {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
  /** Last lines the server printed (for error messages). */
  output(): string;
}

/**
 * `next start` on a free loopback port, in its own process group so it is stopped with all children.
 * Its environment is PATH and HOME plus `env` only, so settings in the caller's shell (an access
 * code, rate limits, another GROQ_BASE_URL…) cannot change what is measured.
 */
export async function startApp(
  env: Record<string, string>,
  timeoutMs = 60_000,
  { cwd = ROOT, readyPath = '/api/health' }: { cwd?: string; readyPath?: string } = {},
): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, NEXT_BIN), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: number | null | undefined;
  const exitedPromise = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exited = code;
      resolve();
    }),
  );

  const stop = async () => {
    if (exited !== undefined || child.pid === undefined) return;
    const signal = (sig: NodeJS.Signals) => {
      try {
        process.kill(-(child.pid as number), sig);
      } catch {
        // already gone
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5000);
    await exitedPromise;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined)
      throw new Error(`next start exited (code ${exited}) before it was ready:\n${output}`);
    try {
      const res = await fetch(`${url}${readyPath}`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer ${readyPath} within ${timeoutMs / 1000} s:\n${output}`);
    }
    await sleep(250);
  }
  return { url, pid: child.pid, stop, output: () => output };
}
