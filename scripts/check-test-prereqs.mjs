#!/usr/bin/env node
// Runs before `npm test` (npm's pretest): the suite needs three things from the machine, and a missing
// one should stop it in a second with what to install, not after a build with a spawn error.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const INSTALL = 'Debian/Ubuntu: apt-get update && apt-get install -y chromium redis-server';
const problems = [];

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  problems.push(`Node ${process.versions.node} is too old: vitest and jsdom need Node 20.19 or newer.`);
}

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {}
  }
  return false;
}

if (!onPath('redis-server')) {
  problems.push('redis-server is not on PATH: the security suite starts its own on a free port.');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(chromium, constants.X_OK);
  execFileSync(chromium, ['--version'], { stdio: 'ignore', timeout: 20_000 });
} catch {
  problems.push(
    `Chromium was not found at ${chromium}: the e2e suite drives it (set CHROMIUM_PATH to use another).`,
  );
}

if (problems.length > 0) {
  console.error(`npm test cannot run on this machine yet:\n- ${problems.join('\n- ')}\n${INSTALL}`);
  process.exit(1);
}
