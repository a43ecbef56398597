import { expect, test } from '@playwright/test';
import { E2E_API_KEY } from '../playwright.config';
import { chatRequests, clearSimulatorRequests } from './support/simulator';

const valid = { model: 'llama-3.1-8b-instant', messages: [{ role: 'user', content: 'hi' }] };

const badBodies: [string, unknown, RegExp][] = [
  ['missing model', { messages: valid.messages }, /'model' : property 'model' is missing/],
  ['empty messages', { ...valid, messages: [] }, /'messages' : minimum number of items is 1/],
  ['temperature 3', { ...valid, temperature: 3 }, /'temperature' : number must be at most 2/],
  [
    'five stop sequences',
    { ...valid, stop: ['a', 'b', 'c', 'd', 'e'] },
    /'stop' : maximum number of items is 4/,
  ],
  ['n = 2', { ...valid, n: 2 }, /'n' : number must be at most 1/],
  ['logprobs', { ...valid, logprobs: true }, /property 'logprobs' is unsupported/],
  [
    'messages[].name',
    { ...valid, messages: [{ role: 'user', content: 'x', name: 'bob' }] },
    /'messages.0.name' : property 'name' is unsupported/,
  ],
];

test.beforeEach(async () => clearSimulatorRequests());

for (const [name, body, message] of badBodies) {
  test(`a body with ${name} gets a 400 and no upstream call`, async ({ request }) => {
    const response = await request.post('/api/chat', { data: body });
    expect(response.status()).toBe(400);
    const json = await response.json();
    expect(json.error.status).toBe(400);
    expect(json.error.type).toBe('invalid_request_error');
    expect(json.error.message).toMatch(message);
    expect(await chatRequests()).toHaveLength(0);
  });
}

test('malformed JSON gets a 400 that says so', async ({ request }) => {
  const response = await request.post('/api/chat', {
    headers: { 'content-type': 'application/json' },
    data: Buffer.from('{"model": "llama-3.1-8b-instant", "messages": ['),
  });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.message).toMatch(/could not parse the JSON body/);
  expect(await chatRequests()).toHaveLength(0);
});

test('stream: false answers with the same typed events', async ({ request }) => {
  const response = await request.post('/api/chat', { data: { ...valid, stream: false } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/event-stream');
  const text = await response.text();
  expect(text).toMatch(/^event: start\n/);
  expect(text).toContain('event: delta');
  expect(text).toContain('event: usage');
  expect(text).toMatch(/event: done\ndata: \{"finish_reason":"stop"/);
  expect(text).not.toContain(E2E_API_KEY);
});

test('upstream errors keep their status: an unknown model is a 404', async ({ request }) => {
  const response = await request.post('/api/chat', { data: { ...valid, model: 'no-such-model' } });
  expect(response.status()).toBe(404);
  const json = await response.json();
  expect(json.error.code).toBe('model_not_found');
});

test('a 429 passes its retry-after to the browser', async ({ request }) => {
  const response = await request.post('/api/chat', {
    data: { ...valid, messages: [{ role: 'user', content: 'hi [sim:429:9]' }] },
  });
  expect(response.status()).toBe(429);
  expect(response.headers()['retry-after']).toBe('9');
  expect((await response.json()).error).toMatchObject({
    status: 429,
    code: 'rate_limit_exceeded',
    retry_after: 9,
  });
});

test('the model list merges the live list with the catalog', async ({ request }) => {
  const response = await request.get('/api/models');
  expect(response.status()).toBe(200);
  const json = await response.json();
  const vision = json.data.find((m: { id: string }) => m.id === 'llama-3.2-11b-vision-preview');
  expect(vision).toMatchObject({ kind: 'chat', capabilities: { vision: true }, vision: { maxImages: 1 } });
  expect(json.demo).toBe(false);
  expect(JSON.stringify(json)).not.toContain(E2E_API_KEY);
});
