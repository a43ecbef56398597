import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BASE_ENV, freePort } from './harness';

/** `next start` with a bad setting: the process must exit, naming the variable, before serving. */
async function startWith(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    { env: { ...BASE_ENV, ...env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, output };
}

describe('configuration checked at startup', () => {
  it.each([
    [{ GROQ_MAX_RETRIES: 'abc' }, 'GROQ_MAX_RETRIES: must be a whole number'],
    [{ PLAYGROUND_ACCESS_CODE: 'x' }, 'SESSION_SECRET: is required when PLAYGROUND_ACCESS_CODE is set'],
    [{ TRUSTED_PROXIES: 'everyone' }, 'TRUSTED_PROXIES: must be none, a hop count'],
  ])('a bad value (%o) stops the server with a message naming it', async (env, message) => {
    const { code, output } = await startWith(env);
    expect(code).toBe(1);
    expect(output).toContain(`Invalid configuration: `);
    expect(output).toContain(message);
  });
});
