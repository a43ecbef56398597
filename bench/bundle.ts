/**
 * `npm run bench:bundle`: the JavaScript a first visit to `/` downloads before anything is clicked,
 * read from the production build's manifests (run `npm run build` first): the root main files plus
 * the client entry chunks of the root layout and the page. Chunks loaded on demand (next/dynamic,
 * import()) are not counted. Prints raw and gzip sizes per chunk and in total; writes
 * bench/results/bundle-latest.json. Also the server side of a cold start: the size of the chat
 * route's server chunks (what `next start` loads for the first /api/chat).
 *
 * Figures, not assertions: it exits 0 unless the build is missing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(__dirname, '..');
const NEXT = path.join(process.argv.find((a) => a.startsWith('--root='))?.slice(7) ?? ROOT, '.next');
const TARGET_GZIP_KB = 150;

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

function main() {
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
  const pass = total.gzip / 1024 <= TARGET_GZIP_KB;
  console.log(`Target: ≤ ${TARGET_GZIP_KB} kB gzip → ${kb(total.gzip)} kB (${pass ? 'holds' : 'missed'})`);
  const server = chatRouteServerBytes();
  console.log(`Chat route server chunks: ${server.files} files, ${kb(server.raw)} kB raw`);
  const staticChunks = walk(path.join(NEXT, 'static', 'chunks')).filter((f) => f.endsWith('.js'));
  console.log(`All client chunks in the build: ${staticChunks.length}`);
  const out = path.join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'bundle-latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), loadavg: os.loadavg(), total, chunks, server, pass }, null, 2)}\n`,
  );
}

main();
