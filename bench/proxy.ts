/**
 * `npm run bench:proxy`: how close is `/api/chat` to a pipe? Starts the Groq simulator (its own
 * process, 2024 lineup, no first-token delay) and `next start` (the production build) pointed at it,
 * then times the same streamed requests sent to the upstream directly and through the app,
 * interleaved so the machine's drift hits both alike:
 *
 * 1. low load: time to first byte and to the first token, one request at a time, direct/app pairs;
 *    added TTFB = app − direct per pair (p50, p99). Each round also calls the proxy floor
 *    (bench/proxy-floor, built in .bench/: a bare Next.js route handler relaying the upstream's
 *    bytes), so the added time splits into Next.js's own and the app's (`--no-floor` skips it);
 * 2. 100 concurrent streams of 400 tokens: wall time for all of them, app/direct ratio per round
 *    (after one uncounted warm-up round of each), and the floor's ratio in the same rounds;
 * 3. 500 concurrent streams through the app with a per-instance cap: completed, 503s (with
 *    Retry-After), connection resets, other errors.
 *
 * Figures with the load average, never assertions; writes bench/results/proxy-latest.json.
 * Flags: --pairs=200 --rounds=3 --cap=256 --flood-cap=100 --tps=1000 --no-floor
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { buildFloorApp, freePort, ROOT, startApp } from './lib/servers';

const API_KEY = 'gsk_bench_proxy_not_a_secret';
const MODEL = 'llama-3.1-8b-instant';
const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const PAIRS = arg('pairs', 200);
const ROUNDS = arg('rounds', 3);
const CAP = arg('cap', 256);
/** Phase 3's own server gets a low cap, so shedding (503 + Retry-After) is exercised for sure. */
const FLOOD_CAP = arg('flood-cap', 100);
const TPS = arg('tps', 1000);

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * CPU time (user + system, ms) the app's process has used so far, from /proc (Linux), or NaN.
 * Unlike wall time it hardly moves with what else runs on the machine, so before/after compare.
 */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}
const FIRST_TOKEN = /"content":"[^"]/;
const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

interface Outcome {
  status: number;
  firstByteMs: number;
  firstTokenMs: number;
  totalMs: number;
  retryAfter: string | null;
  error?: string;
}

/** One streamed request; resolves (never rejects) with its timings or the socket error's code. */
function stream(
  url: string,
  pathname: string,
  body: string,
  headers: Record<string, string>,
): Promise<Outcome> {
  const started = performance.now();
  const at = () => performance.now() - started;
  return new Promise((resolve) => {
    const out: Outcome = { status: 0, firstByteMs: -1, firstTokenMs: -1, totalMs: -1, retryAfter: null };
    const req = http.request(
      `${url}${pathname}`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        out.status = res.statusCode ?? 0;
        out.retryAfter = (res.headers['retry-after'] as string | undefined) ?? null;
        res.setEncoding('utf8');
        res.on('data', (text: string) => {
          if (out.firstByteMs < 0) out.firstByteMs = at();
          // The first non-empty content (Groq's first chunk carries `"content":""` with the role).
          if (out.firstTokenMs < 0 && FIRST_TOKEN.test(text)) out.firstTokenMs = at();
        });
        res.on('end', () => resolve({ ...out, totalMs: at() }));
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ ...out, error: e.code ?? e.message }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ ...out, error: e.code ?? e.message }));
    req.end(body);
  });
}

function targets(simUrl: string, appUrl: string, tokens: number, tps = TPS) {
  const prompt = `Bench [sim:tokens:${tokens}] [sim:tps:${tps}]`;
  const messages = [{ role: 'user', content: prompt }];
  const direct = JSON.stringify({
    model: MODEL,
    messages,
    stream: true,
    max_completion_tokens: tokens + 100,
  });
  const viaApp = JSON.stringify({
    model: MODEL,
    messages,
    stream: true,
    max_completion_tokens: tokens + 100,
  });
  return {
    directBody: direct,
    direct: () =>
      stream(simUrl, '/openai/v1/chat/completions', direct, { authorization: `Bearer ${API_KEY}` }),
    app: () => stream(appUrl, '/api/chat', viaApp, {}),
  };
}

async function startSimulator(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/simulator.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SIMULATOR_PORT: String(port),
      SIMULATOR_API_KEY: API_KEY,
      SIMULATOR_ERA: '2024',
      SIMULATOR_FIRST_TOKEN_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (b: Buffer) => b.toString().includes('listening') && resolve());
    child.on('exit', (code: number | null) => reject(new Error(`simulator exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/**
 * Direct, app and (when built) the proxy floor, one request at a time, in rotating order so that
 * none always goes first; added = via − direct within the same round.
 */
async function lowLoad(t: ReturnType<typeof targets>, floor: (() => Promise<Outcome>) | null) {
  const added: number[] = [];
  const addedToken: number[] = [];
  const direct: number[] = [];
  const app: number[] = [];
  const floorAdded: number[] = [];
  const aboveFloor: number[] = [];
  const calls = { direct: t.direct, app: t.app, ...(floor ? { floor } : {}) };
  const names = Object.keys(calls) as (keyof typeof calls)[];
  for (let i = 0; i < 10; i++) for (const name of names) await calls[name]?.(); // warm-up
  for (let i = 0; i < PAIRS; i++) {
    const got: Partial<Record<keyof typeof calls, Outcome>> = {};
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length] as keyof typeof calls;
      got[name] = await calls[name]?.();
    }
    const d = got.direct as Outcome;
    const a = got.app as Outcome;
    direct.push(d.firstByteMs);
    app.push(a.firstByteMs);
    added.push(a.firstByteMs - d.firstByteMs);
    addedToken.push(a.firstTokenMs - d.firstTokenMs);
    if (got.floor) {
      floorAdded.push(got.floor.firstByteMs - d.firstByteMs);
      aboveFloor.push(a.firstByteMs - got.floor.firstByteMs);
    }
  }
  return { direct, app, added, addedToken, floorAdded, aboveFloor };
}

async function concurrent(run: () => Promise<Outcome>, n: number) {
  const started = performance.now();
  const outcomes = await Promise.all(Array.from({ length: n }, run));
  return { wallMs: performance.now() - started, outcomes };
}

const errorsOf = (outcomes: Outcome[]) => outcomes.filter((o) => o.error || o.status !== 200).length;

async function main() {
  const sim = await startSimulator();
  const launch = (cap: number) =>
    startApp({
      GROQ_BASE_URL: sim.url,
      GROQ_API_KEY: API_KEY,
      GROQ_MAX_RETRIES: '0',
      MAX_CONCURRENT_STREAMS_PER_INSTANCE: String(cap),
      NEXT_TELEMETRY_DISABLED: '1',
    });
  const stopSimulator = () => {
    try {
      if (sim.child.pid) process.kill(-sim.child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  // The proxy floor (bench/proxy-floor): a bare Next.js route handler relaying the upstream's bytes.
  let floorDir: string | null = null;
  if (!process.argv.includes('--no-floor')) {
    try {
      floorDir = buildFloorApp('proxy-floor');
    } catch (error) {
      stopSimulator();
      throw error;
    }
  }
  // A server that fails to start must not leave the simulator running behind it.
  let app = await launch(CAP).catch((error: unknown) => {
    stopSimulator();
    throw error;
  });
  const floorApp = floorDir
    ? await startApp(
        { GROQ_BASE_URL: sim.url, GROQ_API_KEY: API_KEY, NEXT_TELEMETRY_DISABLED: '1' },
        60_000,
        { cwd: floorDir },
      ).catch(async (error: unknown) => {
        await app.stop();
        stopSimulator();
        throw error;
      })
    : null;
  const results: Record<string, unknown> = { date: new Date().toISOString(), cores: os.cpus().length };
  try {
    console.log(`[bench] simulator ${sim.url}, app ${app.url}, ${os.cpus().length} cores, load ${load()}`);
    const small = targets(sim.url, app.url, 20);
    // Cold start: the first /api/chat of a fresh keyed server loads the route's server code.
    const cold = await small.app();
    results.coldStart = { firstChatTtfbMs: cold.firstByteMs, totalMs: cold.totalMs, load: os.loadavg() };
    console.log(`\n0. Cold start: first /api/chat TTFB ${ms(cold.firstByteMs)}, done in ${ms(cold.totalMs)}`);
    const cpuBeforeLow = cpuMsOf(app.pid);
    const floorCpuBefore = cpuMsOf(floorApp?.pid);
    const floorCall = floorApp ? () => stream(floorApp.url, '/api/chat', small.directBody, {}) : null;
    const low = await lowLoad(small, floorCall);
    const floorCpuPerRequest = (cpuMsOf(floorApp?.pid) - floorCpuBefore) / (PAIRS + 10);
    // Every pair sends one request through the app (plus the 10 warm-up pairs).
    const cpuPerRequest = (cpuMsOf(app.pid) - cpuBeforeLow) / (PAIRS + 10);
    const lowFig = {
      load: os.loadavg(),
      directTtfbP50: pct(low.direct, 50),
      appTtfbP50: pct(low.app, 50),
      addedTtfbP50: pct(low.added, 50),
      addedTtfbP99: pct(low.added, 99),
      addedFirstTokenP50: pct(low.addedToken, 50),
      appCpuMsPerRequest: cpuPerRequest,
      floorCpuMsPerRequest: floorApp ? floorCpuPerRequest : null,
      floorAddedTtfbP50: floorApp ? pct(low.floorAdded, 50) : null,
      appAboveFloorTtfbP50: floorApp ? pct(low.aboveFloor, 50) : null,
    };
    results.lowLoad = lowFig;
    console.log(
      `\n1. Low load, ${PAIRS} rounds of direct/app${floorApp ? '/floor' : ''}, one request at a time (load ${load()})`,
    );
    console.log(`   TTFB p50: direct ${ms(lowFig.directTtfbP50)}, app ${ms(lowFig.appTtfbP50)}`);
    console.log(
      `   added TTFB p50 ${ms(lowFig.addedTtfbP50)} (target ≤ 5: ${lowFig.addedTtfbP50 <= 5 ? 'holds' : 'missed'}), p99 ${ms(lowFig.addedTtfbP99)} (target ≤ 20: ${lowFig.addedTtfbP99 <= 20 ? 'holds' : 'missed'}); added first token p50 ${ms(lowFig.addedFirstTokenP50)}`,
    );
    if (lowFig.floorAddedTtfbP50 !== null && lowFig.appAboveFloorTtfbP50 !== null) {
      console.log(
        `   the floor (a bare Next.js route relaying the bytes, bench/proxy-floor): added TTFB p50 ${ms(lowFig.floorAddedTtfbP50)}; the app above the floor p50 ${ms(lowFig.appAboveFloorTtfbP50)}`,
      );
    }
    console.log(
      `   app CPU per 20-token answer ${ms(lowFig.appCpuMsPerRequest)}${lowFig.floorCpuMsPerRequest === null ? '' : `, the floor's ${ms(lowFig.floorCpuMsPerRequest)}`} (process user + system time)`,
    );

    const big = targets(sim.url, app.url, 400);
    const ratios: number[] = [];
    const rounds: Array<Record<string, number>> = [];
    console.log(`\n2. 100 concurrent streams of 400 tokens at ${TPS} tok/s, ${ROUNDS} interleaved rounds`);
    // Uncounted warm-up round for both paths: the first burst opens 100 keep-alive sockets on each
    // hop (client→simulator, client→app, app→simulator) and compiles the long-answer path.
    const bigFloor = floorApp ? () => stream(floorApp.url, '/api/chat', big.directBody, {}) : null;
    const floorRatios: number[] = [];
    await concurrent(big.direct, 100);
    await concurrent(big.app, 100);
    if (bigFloor) await concurrent(bigFloor, 100);
    for (let r = 0; r < ROUNDS; r++) {
      const d = await concurrent(big.direct, 100);
      const cpuBefore = cpuMsOf(app.pid);
      const a = await concurrent(big.app, 100);
      const appCpuMs = cpuMsOf(app.pid) - cpuBefore;
      const ratio = a.wallMs / d.wallMs;
      ratios.push(ratio);
      const f = bigFloor ? await concurrent(bigFloor, 100) : null;
      if (f) floorRatios.push(f.wallMs / d.wallMs);
      const appFirst = a.outcomes.map((o) => o.firstTokenMs);
      rounds.push({
        directMs: d.wallMs,
        appMs: a.wallMs,
        ratio,
        appErrors: errorsOf(a.outcomes),
        directErrors: errorsOf(d.outcomes),
        appFirstTokenP50: pct(appFirst, 50),
        appCpuMs,
        ...(f ? { floorMs: f.wallMs, floorRatio: f.wallMs / d.wallMs } : {}),
      });
      console.log(
        `   round ${r + 1}: direct ${ms(d.wallMs)}, app ${ms(a.wallMs)} → ×${ratio.toFixed(2)}${f ? `, floor ${ms(f.wallMs)} → ×${(f.wallMs / d.wallMs).toFixed(2)}` : ''}; errors app ${errorsOf(a.outcomes)}, direct ${errorsOf(d.outcomes)}; app first token p50 ${ms(pct(appFirst, 50))}; app CPU ${ms(appCpuMs)} (load ${load()})`,
      );
    }
    const medianRatio = pct(ratios, 50);
    const medianAppCpuMs = pct(
      rounds.map((r) => r.appCpuMs ?? Number.NaN),
      50,
    );
    const medianFloorRatio = floorRatios.length > 0 ? pct(floorRatios, 50) : null;
    results.concurrent100 = { rounds, medianRatio, medianFloorRatio, medianAppCpuMs, load: os.loadavg() };
    console.log(
      `   median ratio ×${medianRatio.toFixed(2)} (target ≤ 1.43: ${medianRatio <= 1.43 ? 'holds' : 'missed'})${medianFloorRatio === null ? '' : `, the floor's ×${medianFloorRatio.toFixed(2)}`}; app CPU per round, median ${ms(medianAppCpuMs)}`,
    );
    await floorApp?.stop();

    console.log(
      `\n3. 500 concurrent streams through the app (a fresh server, per-instance cap ${FLOOD_CAP})`,
    );
    await app.stop();
    app = await launch(FLOOD_CAP);
    await targets(sim.url, app.url, 20).app(); // warm the route
    // Slower streams (100 tok/s, 4 s each) so that more than the cap are open at once.
    const flood = await concurrent(targets(sim.url, app.url, 400, 100).app, 500);
    const count = (f: (o: Outcome) => boolean) => flood.outcomes.filter(f).length;
    const fig = {
      wallMs: flood.wallMs,
      completed: count((o) => o.status === 200 && !o.error),
      shed503: count((o) => o.status === 503),
      shedWithRetryAfter: count((o) => o.status === 503 && o.retryAfter !== null),
      resets: count((o) => o.error === 'ECONNRESET' || o.error === 'socket hang up' || o.error === 'EPIPE'),
      otherErrors: count(
        (o) =>
          (o.error !== undefined && !['ECONNRESET', 'socket hang up', 'EPIPE'].includes(o.error)) ||
          (o.status !== 200 && o.status !== 503),
      ),
      load: os.loadavg(),
    };
    results.concurrent500 = fig;
    console.log(
      `   ${fig.completed} completed, ${fig.shed503} × 503 (${fig.shedWithRetryAfter} with Retry-After), ${fig.resets} resets (target 0: ${fig.resets === 0 ? 'holds' : 'missed'}), ${fig.otherErrors} other errors, in ${ms(fig.wallMs)} (load ${load()})`,
    );
  } finally {
    agent.destroy();
    await floorApp?.stop();
    await app.stop();
    stopSimulator();
  }
  const dir = path.join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'proxy-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench] harness error:', error);
    process.exit(1);
  },
);
