import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium';

/**
 * E2E runs against the production build (`next build` first) in Debian's Chromium. Two app servers:
 * one proxies to a standalone simulator through GROQ_BASE_URL + GROQ_API_KEY (the path a real
 * deployment takes, with the simulator's request log open to the tests), one has no key at all and
 * runs in demo mode on its embedded simulator.
 */
/** The November 2024 lineup: every story written before today's Groq keeps proving it still works. */
export const SIMULATOR_PORT = Number(process.env.E2E_SIMULATOR_PORT ?? 18787);
/** Today's lineup (gpt-oss, qwen3.8, safeguard, …): the `today-*` stories. */
export const TODAY_SIMULATOR_PORT = Number(process.env.E2E_TODAY_SIMULATOR_PORT ?? 18788);
export const TODAY_APP_PORT = Number(process.env.E2E_TODAY_APP_PORT ?? 3103);
export const TODAY_SIMULATOR_URL = `http://127.0.0.1:${TODAY_SIMULATOR_PORT}`;
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 3101);
export const SIMULATOR_URL = `http://127.0.0.1:${SIMULATOR_PORT}`;
/** The key the app servers hold: a canary that must never appear in anything the browser receives. */
export const E2E_API_KEY = process.env.CANARY_GROQ_API_KEY ?? 'gsk_canary_e2e_0123456789abcdef0123456789';
export const LOCKED_PORT = Number(process.env.E2E_LOCKED_PORT ?? 3102);
export const ACCESS_CODE = 'open-sesame-e2e';
export const SESSION_SECRET = 'e2e-session-secret-0123456789abcdef';

const nextStart = (port: number) => `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${port}`;
const baseEnv = { NEXT_TELEMETRY_DISABLED: '1', PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // Per port, so two runs side by side (different ports) never clear each other's artifacts.
  outputDir: `test-results/${APP_PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'proxy',
      testIgnore: ['**/demo-*.spec.ts', '**/locked-*.spec.ts', '**/today-*.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${APP_PORT}` },
    },
    {
      name: 'today',
      testMatch: '**/today-*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${TODAY_APP_PORT}` },
    },
    { name: 'locked', testMatch: '**/locked-*.spec.ts', use: { baseURL: `http://127.0.0.1:${LOCKED_PORT}` } },
    { name: 'demo', testMatch: '**/demo-*.spec.ts', use: { baseURL: `http://127.0.0.1:${DEMO_PORT}` } },
  ],
  webServer: [
    {
      command: 'node --import tsx scripts/simulator.ts',
      url: `${SIMULATOR_URL}/health`,
      env: {
        ...baseEnv,
        SIMULATOR_PORT: String(SIMULATOR_PORT),
        SIMULATOR_API_KEY: E2E_API_KEY,
        SIMULATOR_ERA: '2024',
      },
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node --import tsx scripts/simulator.ts',
      url: `${TODAY_SIMULATOR_URL}/health`,
      env: {
        ...baseEnv,
        SIMULATOR_PORT: String(TODAY_SIMULATOR_PORT),
        SIMULATOR_API_KEY: E2E_API_KEY,
        SIMULATOR_ERA: 'today',
        // The MCP stories' server listens on loopback (e2e/support/mcp-server.ts).
        SIMULATOR_MCP_ALLOWED_HOSTS: 'loopback',
      },
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: nextStart(TODAY_APP_PORT),
      url: `http://127.0.0.1:${TODAY_APP_PORT}/api/health`,
      env: {
        ...baseEnv,
        GROQ_BASE_URL: TODAY_SIMULATOR_URL,
        GROQ_API_KEY: E2E_API_KEY,
        GROQ_MAX_RETRIES: '0',
      },
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: nextStart(APP_PORT),
      url: `http://127.0.0.1:${APP_PORT}/api/health`,
      env: { ...baseEnv, GROQ_BASE_URL: SIMULATOR_URL, GROQ_API_KEY: E2E_API_KEY, GROQ_MAX_RETRIES: '0' },
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // A public deployment: access code, tight per-client budgets, a model allowlist, a token ceiling.
      command: nextStart(LOCKED_PORT),
      url: `http://127.0.0.1:${LOCKED_PORT}/api/health`,
      env: {
        ...baseEnv,
        GROQ_BASE_URL: SIMULATOR_URL,
        GROQ_API_KEY: E2E_API_KEY,
        GROQ_MAX_RETRIES: '0',
        PLAYGROUND_ACCESS_CODE: ACCESS_CODE,
        SESSION_SECRET,
        // The test runner stands in for one trusted proxy: its X-Forwarded-For names the client.
        TRUSTED_PROXIES: '1',
        RATE_LIMIT_TOKENS_PER_MINUTE: '6000',
        MAX_CONCURRENT_STREAMS: '1',
        ALLOWED_MODELS: 'llama-3.1-8b-instant,llama-guard-3-8b',
        MAX_COMPLETION_TOKENS_CEILING: '4096',
      },
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: nextStart(DEMO_PORT),
      url: `http://127.0.0.1:${DEMO_PORT}/api/health`,
      env: baseEnv,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
