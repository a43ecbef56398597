import { ACCESS_CODE, LOCKED_PORT } from '../playwright.config';
import { expect, test } from './support/fixtures';
import { chatRequests, clearSimulatorRequests } from './support/simulator';

const chatBody = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'llama-3.1-8b-instant',
  messages: [{ role: 'user', content }],
  ...extra,
});

test.beforeEach(async () => clearSimulatorRequests());

test('without the access cookie /api/chat is 401 and never reaches upstream', async ({ request }) => {
  const response = await request.post('/api/chat', { data: chatBody('hi') });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe('access_code_required');
  expect((await request.get('/api/models')).status()).toBe(401);
  expect(await chatRequests()).toHaveLength(0);
});

test('the unlock screen refuses a wrong code and opens with the right one', async ({ page }) => {
  await page.goto('/');
  const code = page.getByLabel('Access code');
  await code.fill('wrong');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'access code' })).toHaveText(
    'That access code is not right.',
  );
  await code.fill(ACCESS_CODE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('combobox', { name: 'Model' })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === 'groq_playground_access');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Strict');
  expect(cookie?.value).not.toContain(ACCESS_CODE);
  // A signed, expiring session: v1.<id>.<issued at>.<expires at>.<HMAC>.
  expect(cookie?.value).toMatch(/^v1\.[\w-]{22}\.\d+\.\d+\.[\w-]{43}$/);
  expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000);
});

test.describe('once unlocked', () => {
  test.beforeEach(async ({ request }) => {
    expect((await request.post('/api/unlock', { data: { code: ACCESS_CODE } })).status()).toBe(204);
  });

  test('the model allowlist and the token ceiling apply before any upstream call', async ({ request }) => {
    const models = (await (await request.get('/api/models')).json()).data.map((m: { id: string }) => m.id);
    expect(models.sort()).toEqual(['llama-3.1-8b-instant', 'llama-guard-3-8b']);
    const other = await request.post('/api/chat', { data: { ...chatBody('hi'), model: 'llama3-70b-8192' } });
    expect(other.status()).toBe(403);
    expect((await other.json()).error.code).toBe('model_not_allowed');
    const big = await request.post('/api/chat', { data: chatBody('hi', { max_completion_tokens: 5000 }) });
    expect(big.status()).toBe(400);
    expect(await chatRequests()).toHaveLength(0);
  });

  test('going over the token budget gives 429 with Retry-After', async ({ request }) => {
    // A client of its own, so a retried run starts with a fresh budget.
    const headers = { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250)}` };
    const first = await request.post('/api/chat', {
      data: chatBody('one [sim:tokens:5]', { max_completion_tokens: 4000 }),
      headers,
    });
    expect(first.status()).toBe(200);
    await first.text();
    const second = await request.post('/api/chat', {
      data: chatBody('two', { max_completion_tokens: 4000 }),
      headers,
    });
    expect(second.status()).toBe(429);
    expect(Number(second.headers()['retry-after'])).toBeGreaterThan(0);
    expect((await second.json()).error.code).toBe('client_rate_limited');
    expect(await chatRequests()).toHaveLength(1);
  });

  test('requests from another site and oversized bodies are refused', async ({ request }) => {
    const cross = await request.post('/api/chat', {
      data: chatBody('hi'),
      headers: { origin: 'https://evil.example' },
    });
    expect(cross.status()).toBe(403);
    const huge = await request.post('/api/chat', {
      data: chatBody('x'.repeat(5_000_000)),
      headers: { origin: `http://127.0.0.1:${LOCKED_PORT}` },
    });
    expect(huge.status()).toBe(413);
    expect(await chatRequests()).toHaveLength(0);
  });
});

test('every page carries the security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});
