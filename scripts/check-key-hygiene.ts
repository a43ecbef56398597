/**
 * Proves the API key never reaches the browser bundle: `npm run build:canary` builds with a canary
 * key in GROQ_API_KEY, then this scans everything Next serves as static files for it. (The e2e
 * suite runs the servers with the same canary and checks every response they send.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const canary = process.env.CANARY_GROQ_API_KEY ?? 'gsk_canary_e2e_0123456789abcdef0123456789';
const roots = ['.next/static', 'public'];

function* files(dir: string): Generator<string> {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let scanned = 0;
const leaks: string[] = [];
for (const root of roots) {
  for (const file of files(root)) {
    scanned += 1;
    if (readFileSync(file).includes(canary)) leaks.push(file);
  }
}
if (scanned === 0) {
  console.error('key hygiene: nothing to scan — run the build first');
  process.exit(1);
}
if (leaks.length > 0) {
  console.error(`key hygiene: the API key appears in ${leaks.length} served file(s):\n${leaks.join('\n')}`);
  process.exit(1);
}
console.log(`key hygiene: canary key absent from ${scanned} static files`);
