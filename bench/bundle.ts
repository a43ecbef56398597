/**
 * `npm run bench:bundle`: the JavaScript a first visit to `/` downloads before anything is clicked,
 * read from the production build's manifests (run `npm run build` first): the root main files plus
 * the client entry chunks of the root layout and the page. Chunks loaded on demand (next/dynamic,
 * import()) are not counted. Prints raw and gzip sizes per chunk and in total; writes
 * bench/results/bundle-latest.json. Also the server side of a cold start: the size of the chat
 * route's server chunks (what `next start` loads for the first /api/chat).
 *
 * Then the same question asked of a real browser: `next start` in demo mode, `/` opened in Debian's
 * Chromium, every JavaScript response until the network has been quiet for a second (what a first
 * visit downloads before anything is clicked, lazy chunks included), gzip -9 sizes of their bodies.
 * `--no-browser` skips it.
 *
 * The target is relative (issue 27): the app's first visit may weigh at most 25 kB gzip more than the
 * framework's floor, an empty App Router page with one client component and react-query
 * (bench/floor), built from the same node_modules and opened the same way in the same run.
 *
 * Figures, not assertions: it exits 0 unless the build is missing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium';
import { buildFloorApp, startApp } from './lib/servers';

const ROOT = path.resolve(__dirname, '..');
const NEXT = path.join(process.argv.find((a) => a.startsWith('--root='))?.slice(7) ?? ROOT, '.next');
/** The first visit may weigh at most this much more than the framework's floor page (issue 27). */
const TARGET_ABOVE_FLOOR_KB = 25;

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
}

function sizeOf(file: string): Chunk {
  const bytes = readFileSync(path.join(NEXT, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function firstLoadFiles(): string[] {
  const build = JSON.parse(readFileSync(path.join(NEXT, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  const holder = globalThis as typeof globalThis & {
    __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }>;
  };
  holder.__RSC_MANIFEST = {};
  require(path.join(NEXT, 'server', 'app', 'page_client-reference-manifest.js'));
  const entries = holder.__RSC_MANIFEST['/page']?.entryJSFiles ?? {};
  const files = new Set(build.rootMainFiles);
  for (const key of ['[project]/app/layout', '[project]/app/page']) {
    for (const file of entries[key] ?? []) files.add(file);
  }
  return [...files];
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The server chunks the chat route's entry requires (turbopack lists them in the route's nft file). */
function chatRouteServerBytes(): { files: number; raw: number } {
  const nft = path.join(NEXT, 'server', 'app', 'api', 'chat', 'route.js.nft.json');
  if (!existsSync(nft)) return { files: 0, raw: 0 };
  const dir = path.dirname(nft);
  const listed = (JSON.parse(readFileSync(nft, 'utf8')) as { files: string[] }).files
    .map((f) => path.resolve(dir, f))
    .filter((f) => f.includes(`${path.sep}.next${path.sep}server${path.sep}`) && f.endsWith('.js'));
  const files = [path.join(dir, 'route.js'), ...listed].filter((f) => existsSync(f));
  return { files: files.length, raw: files.reduce((sum, f) => sum + statSync(f).size, 0) };
}

interface BrowserFigures {
  files: number;
  raw: number;
  gzip: number;
  chunks: { url: string; raw: number; gzip: number }[];
  /** What typing a first message then adds (the parts preloaded for the first answer). */
  beforeSubmit: { files: number; raw: number; gzip: number };
}

/** JavaScript responses (gzip -9 of their bodies) a page downloads until the network is quiet for 1 s. */
function collectScripts(page: Page) {
  const bodies: Promise<{ url: string; raw: number; gzip: number } | null>[] = [];
  let lastResponse = Date.now();
  page.on('response', (response) => {
    lastResponse = Date.now();
    const type = response.headers()['content-type'] ?? '';
    if (!/javascript/.test(type)) return;
    bodies.push(
      response
        .body()
        .then((body) => ({
          url: new URL(response.url()).pathname,
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        }))
        .catch(() => null),
    );
  });
  return {
    count: () => bodies.length,
    touch: () => {
      lastResponse = Date.now();
    },
    quiet: async () => {
      while (Date.now() - lastResponse < 1000) await new Promise((r) => setTimeout(r, 100));
    },
    settled: async (from: number) =>
      (await Promise.all(bodies.slice(from))).filter((c): c is NonNullable<typeof c> => c !== null),
  };
}

const sum = (chunks: { raw: number; gzip: number }[]) => ({
  files: chunks.length,
  raw: chunks.reduce((n, c) => n + c.raw, 0),
  gzip: chunks.reduce((n, c) => n + c.gzip, 0),
});

/**
 * The framework's floor: an empty App Router page with one client component and react-query
 * (bench/floor), built with the project's own node_modules, opened the same way as the app.
 */
async function floorFirstVisit(): Promise<{ files: number; raw: number; gzip: number }> {
  const dir = buildFloorApp('floor');
  const app = await startApp({ NEXT_TELEMETRY_DISABLED: '1' }, 60_000, { cwd: dir, readyPath: '/' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    const scripts = collectScripts(page);
    await page.goto(app.url, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'ready' }).waitFor();
    await scripts.quiet();
    return sum(await scripts.settled(0));
  } finally {
    await browser.close();
    await app.stop();
  }
}

/** What Chromium downloads on a first visit to `/` (demo mode), until the network is quiet. */
async function browserFirstVisit(): Promise<BrowserFigures> {
  const app = await startApp({ NEXT_TELEMETRY_DISABLED: '1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    const scripts = collectScripts(page);
    await page.goto(app.url, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Submit' }).waitFor();
    await scripts.quiet();
    const visited = scripts.count();
    const chunks = await scripts.settled(0);
    // Then a first message typed (not submitted): everything the first Submit finds already loaded.
    const message = page.getByRole('textbox', { name: 'Message', exact: true });
    await message.click();
    await message.fill('Hello');
    scripts.touch();
    await scripts.quiet();
    const typed = await scripts.settled(visited);
    return {
      ...sum(chunks),
      chunks: chunks.sort((a, b) => b.gzip - a.gzip),
      beforeSubmit: sum([...chunks, ...typed]),
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}

async function main() {
  if (!existsSync(path.join(NEXT, 'BUILD_ID'))) {
    console.error('No production build: run `npm run build` first.');
    process.exit(1);
  }
  const chunks = firstLoadFiles().map(sizeOf);
  const total = chunks.reduce((acc, c) => ({ raw: acc.raw + c.raw, gzip: acc.gzip + c.gzip }), {
    raw: 0,
    gzip: 0,
  });
  const kb = (n: number) => (n / 1024).toFixed(1);
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  console.log(`First load of / (load average ${load}):`);
  for (const c of chunks.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${c.file.padEnd(44)} ${kb(c.raw).padStart(8)} kB raw ${kb(c.gzip).padStart(7)} kB gzip`);
  }
  console.log(
    `  ${'total'.padEnd(44)} ${kb(total.raw).padStart(8)} kB raw ${kb(total.gzip).padStart(7)} kB gzip`,
  );
  const server = chatRouteServerBytes();
  console.log(`Chat route server chunks: ${server.files} files, ${kb(server.raw)} kB raw`);
  const staticChunks = walk(path.join(NEXT, 'static', 'chunks')).filter((f) => f.endsWith('.js'));
  console.log(`All client chunks in the build: ${staticChunks.length}`);
  let browser: BrowserFigures | null = null;
  let floor: { files: number; raw: number; gzip: number } | null = null;
  let pass: boolean | null = null;
  if (!process.argv.includes('--no-browser')) {
    browser = await browserFirstVisit();
    console.log(`A first visit in Chromium (demo mode, until the network is quiet for 1 s):`);
    for (const c of browser.chunks) {
      console.log(
        `  ${c.url.slice(-44).padEnd(44)} ${kb(c.raw).padStart(8)} kB raw ${kb(c.gzip).padStart(7)} kB gzip`,
      );
    }
    console.log(
      `  ${`total (${browser.files} files)`.padEnd(44)} ${kb(browser.raw).padStart(8)} kB raw ${kb(browser.gzip).padStart(7)} kB gzip`,
    );
    floor = await floorFirstVisit();
    const above = browser.gzip - floor.gzip;
    pass = above / 1024 <= TARGET_ABOVE_FLOOR_KB;
    console.log(
      `The floor (an empty App Router page with one client component and react-query, same node_modules): ${floor.files} files, ${kb(floor.raw)} kB raw, ${kb(floor.gzip)} kB gzip`,
    );
    console.log(
      `Target: ≤ ${TARGET_ABOVE_FLOOR_KB} kB gzip above the floor → ${kb(above)} kB above (${kb(browser.gzip)} − ${kb(floor.gzip)}; ×${(browser.gzip / floor.gzip).toFixed(2)} of the floor) (${pass ? 'holds' : 'missed'})`,
    );
    const before = browser.beforeSubmit;
    console.log(
      `Then a first message typed, by its Submit (answer parts preloaded): ${before.files} files, ${kb(before.raw)} kB raw, ${kb(before.gzip)} kB gzip`,
    );
  }
  const out = path.join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'bundle-latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), loadavg: os.loadavg(), total, chunks, server, pass, browser, floor }, null, 2)}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
