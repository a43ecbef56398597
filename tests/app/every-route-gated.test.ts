import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Every /api route goes through the gate: called under a Host this deployment does not answer to,
 * each handler (whatever its method) must refuse with 421 before doing anything, the liveness probe
 * included. A new route that forgets the gate fails here.
 */
const API = join(process.cwd(), 'app', 'api');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === 'route.ts' ? [path] : [];
  });
}

beforeAll(() => {
  process.env.GROQ_API_KEY = 'gsk_every_route_gated_test';
  process.env.GROQ_BASE_URL = 'http://127.0.0.1:9';
  process.env.GROQ_MAX_RETRIES = '0';
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

describe('every /api route is gated', () => {
  const files = routeFiles(API);

  it('finds the routes', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map((file) => [relative(API, file)]))('%s: a foreign Host gets 421', async (path) => {
    const route = (await import(join(API, path))) as Partial<Record<(typeof METHODS)[number], Handler>>;
    const urlPath = `/api/${path.replace(/\/?route\.ts$/, '').replace(/\[id\]/, 'batch_01abc')}`;
    const handlers = METHODS.filter((method) => typeof route[method] === 'function');
    expect(handlers.length).toBeGreaterThan(0);
    for (const method of handlers) {
      const request = new Request(`http://rebind.example${urlPath}`, {
        method,
        headers: {
          host: 'rebind.example',
          origin: 'http://rebind.example',
          'content-type': 'application/json',
        },
        body: method === 'GET' ? undefined : '{}',
      });
      const response = await (route[method] as Handler)(request, {
        params: Promise.resolve({ id: 'batch_01abc' }),
      });
      expect(response.status, `${method} ${urlPath}`).toBe(421);
    }
  });
});
