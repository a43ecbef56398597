import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BASE_ENV, freePort, startApp } from './harness';

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

describe('settings that look like ours but are not', () => {
  it('are named in a startup warning, values never printed, and the server still starts', async () => {
    const secret = 'correct-horse-battery-staple';
    const app = await startApp({ APP_ACCESS_CODE: secret, GROQ_APIKEY: 'gsk_misplaced_value_123' });
    try {
      const output = app.output();
      expect(output).toContain(
        'APP_ACCESS_CODE is not a setting of this app and is ignored (did you mean PLAYGROUND_ACCESS_CODE?) — no access code is set, so the API is open.',
      );
      expect(output).toContain(
        'GROQ_APIKEY is not a setting of this app and is ignored (did you mean GROQ_API_KEY?)',
      );
      expect(output).not.toContain(secret);
      expect(output).not.toContain('gsk_misplaced_value_123');
    } finally {
      await app.stop();
    }
  });
});
