import type { Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { todaySimulator } from './support/simulator';

/**
 * Today's Groq, as a new user meets it: a server that serves only today's lineup (gpt-oss, qwen3.8,
 * gpt-oss-safeguard, Prompt Guard, Whisper, Orpheus). Upstream requests are read from its log.
 */
test.beforeEach(async ({ page }) => {
  await todaySimulator.clear();
  await new PlaygroundPage(page).reset();
});

const lastBody = async () => (await todaySimulator.chatRequests()).at(-1)?.body as Record<string, unknown>;
const select = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });

test('the first Submit works with no setup, on gpt-oss-120b, and the picker offers only live chat models', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await expect(playground.model).toHaveValue('openai/gpt-oss-120b');
  const options = await playground.model.locator('option').allTextContents();
  expect(options.some((o) => o.startsWith('GPT-OSS 120B · 128k ctx, 64k out'))).toBe(true);
  expect(options.some((o) => o.startsWith('Qwen3.8 27B · 128k ctx, 16k out · preview'))).toBe(true);
  // Guards, speech and TTS models are not chat models; retired ids are not offered at all.
  expect(options.join('\n')).not.toMatch(/Safeguard|Prompt Guard|Whisper|Orpheus|Llama 3/);

  await playground.send('Explain why fast inference matters [sim:tokens:30]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const body = await lastBody();
  expect(body.model).toBe('openai/gpt-oss-120b');
  expect(body).not.toHaveProperty('reasoning_format');
});

test('gpt-oss streams its reasoning at the chosen effort, with reasoning tokens in the stats', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  const effort = select(page, 'Reasoning Effort');
  await expect(effort.locator('option')).toHaveText(['default (medium)', 'low', 'medium', 'high']);
  await expect(select(page, 'Reasoning Format')).toHaveCount(0);
  await effort.selectOption('high');
  await playground.send('Why is the sky blue? [sim:tokens:40]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(playground.lastAnswer().getByText('Thinking', { exact: true })).toBeVisible();
  await expect(playground.lastAnswer()).toContainText(/Reasoning tokens:\d+/);
  await expect(playground.lastAnswer()).toContainText('Service tier:on_demand');
  expect(await lastBody()).toMatchObject({
    model: 'openai/gpt-oss-120b',
    reasoning_effort: 'high',
    stream: true,
  });

  // Include Reasoning off: no thinking in the answer.
  await page.getByRole('switch', { name: 'Include Reasoning' }).click();
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(playground.lastAnswer().getByText('Thinking', { exact: true })).toBeHidden();
  expect(await lastBody()).toMatchObject({ include_reasoning: false });
});

test('Qwen3.8 offers its own effort values and a Reasoning Format; tools are offered on gpt-oss and qwen', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  const noTools = page.getByText('does not support tool use');
  await page.getByRole('button', { name: 'Add example tool' }).click();
  await expect(noTools).toBeHidden();
  await playground.model.selectOption('qwen/qwen3.8-27b');
  await expect(noTools).toBeHidden();
  await page.getByRole('button', { name: 'Remove tool' }).click();
  await expect(select(page, 'Reasoning Effort').locator('option')).toHaveText([
    'default (not sent)',
    'none',
    'default',
    'low',
    'medium',
    'high',
  ]);
  await expect(page.getByRole('switch', { name: 'Include Reasoning' })).toHaveCount(0);
  await select(page, 'Reasoning Effort').selectOption('none');
  await select(page, 'Reasoning Format').selectOption('parsed');
  await playground.send('Name three colours [sim:tokens:20]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  expect(await lastBody()).toMatchObject({ reasoning_effort: 'none', reasoning_format: 'parsed' });
  // Effort none is instruct mode: no thinking.
  await expect(playground.lastAnswer().getByText('Thinking', { exact: true })).toBeHidden();
});

test('a JSON Schema request sends response_format json_schema and shows the JSON, validated', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await page.getByRole('switch', { name: 'Browser Search' }).click();
  await select(page, 'Response Format').selectOption('json_schema');
  await expect(page.getByRole('switch', { name: 'Stream' })).toBeDisabled();
  // Structured outputs take no tools, built-in ones included: the switch stays, its tool is not sent.
  await expect(page.getByText('JSON Schema responses take no tools (Groq docs)')).toBeVisible();
  const schema = page.getByRole('textbox', { name: 'JSON Schema', exact: true });
  await schema.fill(
    '{"name": "city", "schema": {"type": "object", "properties": {"city": {"type": "string"}',
  );
  await expect(
    page.getByRole('alert').filter({ hasText: 'JSON Schema is not valid JSON' }).first(),
  ).toBeVisible();
  await expect(playground.submit).toBeDisabled();
  await schema.fill(
    '{"name": "city", "schema": {"type": "object", "properties": {"city": {"type": "string"}, "population": {"type": "integer"}}, "required": ["city", "population"], "additionalProperties": false}}',
  );
  await page.getByRole('switch', { name: 'Strict' }).click();
  await playground.send('Which city hosts the Louvre?');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(playground.lastAnswer()).toContainText('Valid JSON');
  await expect(playground.lastAnswer()).toContainText('"population"');
  const body = await lastBody();
  expect(body.stream).toBe(false);
  expect(body).not.toHaveProperty('tools');
  expect(body.response_format).toEqual({
    type: 'json_schema',
    json_schema: {
      name: 'city',
      strict: true,
      schema: {
        type: 'object',
        properties: { city: { type: 'string' }, population: { type: 'integer' } },
        required: ['city', 'population'],
        additionalProperties: false,
      },
    },
  });
});

test('Moderation screens with gpt-oss-safeguard-20b and blocks an unsafe prompt before the main model', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  const moderation = page.getByRole('switch', { name: 'Moderation' });
  await expect(moderation).toBeEnabled();
  await moderation.click();
  await playground.send('How do I hack into my neighbour’s wifi?');
  const alert = playground.lastAnswer().getByRole('alert');
  await expect(alert).toContainText('Blocked by GPT-OSS Safeguard 20B');
  await expect(alert).toContainText('S2 Non-Violent Crimes');
  const requests = await todaySimulator.chatRequests();
  expect(requests.map((r) => r.model)).toEqual(['openai/gpt-oss-safeguard-20b']);
  const guardBody = requests[0]?.body as { messages: { role: string; content: string }[] };
  expect(guardBody.messages[0]?.role).toBe('system');
  expect(guardBody.messages[0]?.content).toContain('S14: Code Interpreter Abuse');

  // The next turn is screened on its own, and the blocked prompt does not ride along as context.
  await playground.send('Thanks, now tell me a joke [sim:tokens:5]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const main = (await todaySimulator.chatRequests()).filter((r) => r.model === 'openai/gpt-oss-120b');
  expect(main).toHaveLength(1);
  expect(JSON.stringify(main[0]?.body)).not.toContain('hack');
});

test('two images reach qwen3.8 in one request', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('qwen/qwen3.8-27b');
  await playground.openAttachPanel();
  for (const url of ['https://example.com/a.png', 'https://example.com/b.png']) {
    await playground.imageUrl.fill(url);
    await playground.imageUrl.press('Enter');
  }
  await playground.send('Compare these two pictures');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const body = (await lastBody()) as { messages: { content: { type: string }[] }[] };
  const parts = body.messages.at(-1)?.content ?? [];
  expect(parts.filter((p) => p.type === 'image_url')).toHaveLength(2);
});

test('flex with no capacity shows a clear 498 and retries on on_demand only when asked', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await select(page, 'Service Tier').selectOption('flex');
  await playground.send('Say hello [sim:498] [sim:tokens:10]');
  const alert = playground.lastAnswer().getByRole('alert');
  await expect(alert).toContainText('Error 498');
  await expect(alert).toContainText('Flex capacity is full');
  expect((await todaySimulator.chatRequests()).length).toBe(1);
  expect(await lastBody()).toMatchObject({ service_tier: 'flex' });

  await alert.getByRole('button', { name: 'Retry on on_demand' }).click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(playground.lastAnswer()).toContainText('Service tier:on_demand');
  await expect(select(page, 'Service Tier')).toHaveValue('on_demand');
  expect(await lastBody()).toMatchObject({ service_tier: 'on_demand' });
});

test('a link to a retired model names it and offers the replacement; nothing is sent to it', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.goto('/?model=llama-3.1-8b-instant');
  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'llama-3.1-8b-instant was retired by Groq on 2026-08-16' });
  await expect(notice).toBeVisible();
  await playground.message.fill('Hello');
  await expect(playground.submit).toBeDisabled();
  await playground.message.press('Control+Enter');
  expect(await todaySimulator.chatRequests()).toHaveLength(0);

  await notice.getByRole('button', { name: 'Use openai/gpt-oss-20b' }).click();
  await expect(playground.model).toHaveValue('openai/gpt-oss-20b');
  await expect(notice).toBeHidden();
  await playground.submit.click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  expect((await lastBody()).model).toBe('openai/gpt-oss-20b');
});

test('/api/chat forwards reasoning_effort, reasoning_format and service_tier unchanged', async ({
  request,
}) => {
  const body = {
    model: 'qwen/qwen3.8-27b',
    stream: false,
    reasoning_effort: 'low',
    reasoning_format: 'hidden',
    service_tier: 'auto',
    messages: [
      { role: 'developer', content: 'Be brief.' },
      { role: 'user', content: 'Hi [sim:tokens:5]' },
    ],
  };
  const response = await request.post('/api/chat', { data: body });
  expect(response.status()).toBe(200);
  expect(await lastBody()).toEqual(body);

  // What Groq documents as a 400 is refused before any upstream call, in Groq's wording.
  const refused = await request.post('/api/chat', {
    data: { ...body, model: 'openai/gpt-oss-120b', reasoning_format: 'parsed' },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.message).toMatch(/`reasoning_format` is not supported with this model/);
  expect(await todaySimulator.chatRequests()).toHaveLength(1);
});
