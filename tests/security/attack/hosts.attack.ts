import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatorServer, startSimulatorServer } from '@/lib/simulator';
import { type App, listeningPorts, startApp } from './harness';

/**
 * DNS rebinding and cross-site reads against an open deployment (no access code, no PUBLIC_URL) in
 * front of a standalone simulator, whose request log tells whether anything reached "Groq".
 */
const KEY = 'gsk_hosts_attack_key_0123456789abcdef';
let sim: SimulatorServer;
let app: App;
let demo: App;

beforeAll(async () => {
  sim = await startSimulatorServer({ port: 0, apiKey: KEY, tokensPerSecond: 0 });
  app = await startApp({ GROQ_BASE_URL: sim.url, GROQ_API_KEY: KEY, GROQ_MAX_RETRIES: '0' });
  demo = await startApp({});
});
afterAll(async () => {
  await Promise.all([app?.stop(), demo?.stop()]);
  await sim?.close();
});

/** fetch() cannot set Host; node:http can, as a browser tricked by DNS rebinding would send it. */
function send(
  target: App,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const url = new URL(path, target.url);
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const chatBody = (content: string) =>
  JSON.stringify({ model: 'openai/gpt-oss-20b', messages: [{ role: 'user', content }], stream: false });
const upstreamChats = () => sim.simulator.requests.filter((r) => r.path.endsWith('/chat/completions'));

describe('DNS rebinding: only allowed hosts are answered', () => {
  it('refuses POST /api/chat under a foreign Host with a matching Origin: 421, nothing upstream', async () => {
    sim.simulator.reset();
    const port = new URL(app.url).port;
    const rebound = await send(app, '/api/chat', {
      method: 'POST',
      headers: {
        host: `rebind.example:${port}`,
        origin: `http://rebind.example:${port}`,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
      body: chatBody('rebound prompt'),
    });
    expect(rebound.status).toBe(421);
    expect(JSON.parse(rebound.text).error).toMatchObject({ code: 'host_not_allowed' });
    for (const path of ['/api/models', '/api/batches']) {
      expect((await send(app, path, { headers: { host: 'rebind.example' } })).status, path).toBe(421);
    }
    expect(upstreamChats()).toHaveLength(0);
  });

  it('answers loopback names as before', async () => {
    sim.simulator.reset();
    const port = new URL(app.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const answer = await send(app, '/api/chat', {
        method: 'POST',
        headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
        body: chatBody('a loopback prompt'),
      });
      expect(answer.status, host).toBe(200);
    }
    expect(upstreamChats()).toHaveLength(2);
  });

  it('answers /api/health on its own host with nothing about the deployment, and refuses it on another', async () => {
    const health = await send(app, '/api/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({ status: 'ok' });
    const rebound = await send(app, '/api/health', { headers: { host: 'rebind.example' } });
    expect(rebound.status).toBe(421);
  });
});

describe('cross-site requests are refused on every method', () => {
  it('answers a cross-site GET of /api/models or /api/batches with 403', async () => {
    for (const path of ['/api/models', '/api/batches']) {
      const crossSite = await fetch(`${app.url}${path}`, { headers: { 'sec-fetch-site': 'cross-site' } });
      expect(crossSite.status, path).toBe(403);
      const otherOrigin = await fetch(`${app.url}${path}`, { headers: { origin: 'https://evil.example' } });
      expect(otherOrigin.status, path).toBe(403);
      expect((await otherOrigin.json()).error.code).toBe('forbidden_origin');
    }
    expect(
      (await fetch(`${app.url}/api/models`, { headers: { 'sec-fetch-site': 'same-origin' } })).status,
    ).toBe(200);
  });

  it('serves API answers under a CSP that sandboxes them and allows no form', async () => {
    const csp = (await fetch(`${app.url}/api/health`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain('sandbox');
  });
});

describe("the simulators' request logs", () => {
  it('hand no logged prompt to a request without the key', async () => {
    sim.simulator.reset();
    await send(app, '/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chatBody('a private prompt'),
    });
    const open = await fetch(`${sim.url}/_simulator/requests`);
    expect(open.status).toBe(401);
    expect(await open.text()).not.toContain('a private prompt');
    const keyed = await fetch(`${sim.url}/_simulator/requests`, {
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(await keyed.text()).toContain('a private prompt');
  });

  it("the demo's embedded simulator has no open log on any port the app listens on", async () => {
    const chat = await fetch(`${demo.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chatBody('a demo visitor prompt'),
    });
    expect(chat.status).toBe(200);
    await chat.text();
    const appPort = Number(new URL(demo.url).port);
    const ports = listeningPorts(demo.pid).filter((port) => port !== appPort);
    expect(ports.length).toBeGreaterThan(0); // the embedded simulator is among them
    for (const port of ports) {
      for (const path of ['/_simulator/requests', '/openai/v1/models']) {
        const answer = await fetch(`http://127.0.0.1:${port}${path}`).catch(() => null);
        if (!answer) continue;
        expect(answer.status, `${port}${path}`).toBeGreaterThanOrEqual(400);
        expect(await answer.text()).not.toContain('a demo visitor prompt');
      }
    }
  });
});
