import 'server-only';
import { randomBytes } from 'node:crypto';
import Groq from 'groq-sdk';
import { isDemoMode, type ServerEnv, serverEnv } from './env';
import { createUpstreamFetch } from './transport';

export interface Upstream {
  client: Groq;
  baseURL: string;
  apiKey: string;
  demo: boolean;
}

/** groq-sdk appends `/openai/v1/…` itself, so accept a base URL given with or without that suffix. */
export function normalizeBaseURL(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/openai\/v1$/, '');
}

interface DemoSimulator {
  url: string;
  apiKey: string;
}

const globalForDemo = globalThis as typeof globalThis & { __groqDemoSimulator?: Promise<DemoSimulator> };

/**
 * The embedded simulator for demo mode: one per process, on loopback, with a random key, reached
 * over HTTP through groq-sdk exactly like Groq. Only the base URL and the key differ.
 */
function demoSimulator(): Promise<DemoSimulator> {
  globalForDemo.__groqDemoSimulator ??= (async () => {
    const apiKey = `gsk_demo_${randomBytes(16).toString('hex')}`;
    // Loaded on demand: a keyed deployment's server never parses the simulator.
    const { startSimulatorServer } = await import('../simulator');
    // Its request log stays shut: it would hold every visitor's prompts, and nothing here reads it.
    const server = await startSimulatorServer({ port: 0, host: '127.0.0.1', apiKey, inspectable: false });
    return { url: server.url, apiKey };
  })();
  return globalForDemo.__groqDemoSimulator;
}

const clients = new Map<string, Groq>();

/**
 * The runtime's own fetch, not the wrapper Next.js installs over it in route handlers (which adds
 * cache bookkeeping and a tracing span to every call; upstream calls are never cached).
 */
function runtimeFetch(): typeof fetch {
  const patched = globalThis.fetch as typeof fetch & { _nextOriginalFetch?: typeof fetch };
  return patched._nextOriginalFetch ?? patched;
}

function clientFor(baseURL: string, apiKey: string, env: ServerEnv): Groq {
  const cacheKey = `${baseURL}\n${apiKey}`;
  let client = clients.get(cacheKey);
  if (!client) {
    // Retries are ours (lib/groq/retry.ts): 5xx only, never a 429, never after the first byte.
    client = new Groq({
      apiKey,
      baseURL,
      maxRetries: 0,
      timeout: env.GROQ_TIMEOUT_MS,
      logLevel: 'off',
      fetch: createUpstreamFetch(runtimeFetch()),
    });
    clients.set(cacheKey, client);
  }
  return client;
}

export async function getUpstream(env: ServerEnv = serverEnv()): Promise<Upstream> {
  if (isDemoMode(env)) {
    const sim = await demoSimulator();
    return { client: clientFor(sim.url, sim.apiKey, env), baseURL: sim.url, apiKey: sim.apiKey, demo: true };
  }
  const baseURL = normalizeBaseURL(env.GROQ_BASE_URL ?? 'https://api.groq.com');
  // A base URL without a key is a local OpenAI-compatible server that ignores auth.
  const apiKey = env.GROQ_API_KEY ?? 'no-key-configured';
  return { client: clientFor(baseURL, apiKey, env), baseURL, apiKey, demo: false };
}
