import type { Page } from '@playwright/test';
import { type ModelInfo, type ModelsResponse, mergeLiveModel } from '../lib/models/model-info';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { todaySimulator } from './support/simulator';

/**
 * What a model accepts, decided once (lib/rules) and shown before Submit: a choice the model cannot
 * take is either sent the way the panel says, or Submit says why it is held. Never a 400 from our own
 * route, never a field on the wire the UI says is not sent. Upstream requests are read from the
 * simulator's log; the app's own /api/chat answers are watched for a 400.
 */
test.beforeEach(async ({ page }) => {
  await todaySimulator.clear();
  await new PlaygroundPage(page).reset();
});

const lastBody = async () => (await todaySimulator.chatRequests()).at(-1)?.body as Record<string, unknown>;
const select = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });
const UNKNOWN = 'acme/reasoner-next';
const LLAMA = 'llama-3.3-70b-versatile';

/** Every status our /api/chat answered with in this page. */
function chatStatuses(page: Page): number[] {
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/chat') statuses.push(response.status());
  });
  return statuses;
}

/**
 * The server's live list plus models it does not serve today: an id no table knows (a newer Groq
 * model) and Llama 3.3 (enterprise keys only). The simulator answers them with Groq's 404, after our
 * route has let the request through.
 */
async function listExtraModels(page: Page, extra: ModelInfo[]) {
  await page.route('**/api/models', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as ModelsResponse;
    await route.fulfill({ response, json: { ...body, data: [...body.data, ...extra] } });
  });
  await new PlaygroundPage(page).goto();
}

const unknownModel = () =>
  mergeLiveModel({ id: UNKNOWN, owned_by: 'Acme', active: true, context_window: 131_072 }, false);
const llama = () =>
  mergeLiveModel(
    { id: LLAMA, owned_by: 'Meta', active: true, context_window: 131_072, max_completion_tokens: 32_768 },
    true,
  );

test('Qwen3.8 with Raw format and the example tool sends Parsed, as the Reasoning Format control says', async ({
  page,
}) => {
  const statuses = chatStatuses(page);
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('qwen/qwen3.8-27b');
  const format = select(page, 'Reasoning Format');
  await format.selectOption('raw');
  await expect(page.getByText("Raw can't be used")).toHaveCount(0);
  await page.getByRole('button', { name: 'Add example tool' }).click();
  await expect(format).toHaveAccessibleDescription("Raw can't be used with function tools; Parsed is sent.");

  await playground.message.fill('What is the weather in Paris? [sim:tokens:20]');
  await page.getByRole('button', { name: 'View code' }).click();
  const dialog = page.getByRole('dialog', { name: 'View code' });
  await dialog.getByRole('tab', { name: 'JSON' }).click();
  const shown = JSON.parse((await dialog.getByRole('tabpanel').locator('code').textContent()) ?? '{}');
  expect(shown.reasoning_format).toBe('parsed');
  await page.keyboard.press('Escape');

  await playground.submit.click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const body = await lastBody();
  expect(body.reasoning_format).toBe('parsed');
  expect((body.tools as { type: string }[]).map((t) => t.type)).toEqual(['function']);
  expect({ ...body, stream: shown.stream }).toMatchObject(shown);
  expect(statuses).not.toContain(400);
});

test('a model no table knows, with Raw format and Browser Search, is sent with Parsed and the search', async ({
  page,
}) => {
  const statuses = chatStatuses(page);
  await listExtraModels(page, [unknownModel()]);
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption(UNKNOWN);
  const format = select(page, 'Reasoning Format');
  await format.selectOption('raw');
  await page.getByRole('switch', { name: 'Browser Search', exact: true }).click();
  await expect(format).toHaveAccessibleDescription("Raw can't be used with Browser Search; Parsed is sent.");
  await expect(playground.submit).toBeEnabled();

  await playground.send('Latest news on fast inference?');
  // The simulator does not serve this id: Groq's 404 comes back, after our route let it through.
  await expect(playground.lastAnswer().getByRole('alert')).toContainText('404');
  const body = await lastBody();
  expect(body).toMatchObject({
    model: UNKNOWN,
    reasoning_format: 'parsed',
    tools: [{ type: 'browser_search' }],
  });
  expect(statuses).toEqual([404]);
});

test('Llama 3.3 after JSON Schema was chosen on gpt-oss: Submit says why it is held, and its fix sends JSON Object', async ({
  page,
}) => {
  const statuses = chatStatuses(page);
  await listExtraModels(page, [llama()]);
  const playground = new PlaygroundPage(page);
  await expect(playground.model).toHaveValue('openai/gpt-oss-120b');
  await select(page, 'Response Format').selectOption('json_schema');
  await playground.model.selectOption(LLAMA);
  await playground.message.fill('Which city hosts the Louvre? Answer in JSON.');

  const reason = page.getByText(
    'Llama 3.3 70B Versatile does not support JSON Schema (structured outputs); use JSON Object or another model.',
  );
  await expect(reason.first()).toBeVisible();
  await expect(playground.submit).toBeDisabled();
  await playground.message.press('Control+Enter');
  expect(await todaySimulator.chatRequests()).toHaveLength(0);

  await page.getByRole('button', { name: 'Use JSON Object' }).click();
  await expect(select(page, 'Response Format')).toHaveValue('json_object');
  await expect(playground.submit).toBeEnabled();
  await playground.submit.click();
  await expect(playground.lastAnswer().getByRole('alert')).toContainText('404');
  const body = await lastBody();
  expect(body.model).toBe(LLAMA);
  expect(body.response_format).toEqual({ type: 'json_object' });
  expect(statuses).not.toContain(400);
});

test('/api/chat refuses what Groq refuses for a known model, before any upstream call; an unknown id passes', async ({
  request,
}) => {
  const hi = [{ role: 'user', content: 'Hi [sim:tokens:5]' }];
  const none = await request.post('/api/chat', {
    data: { model: 'openai/gpt-oss-120b', messages: hi, reasoning_effort: 'none' },
  });
  expect(none.status()).toBe(400);
  expect((await none.json()).error.message).toMatch(
    /`reasoning_effort` must be one of `low`, `medium` or `high`/,
  );
  const tooMany = await request.post('/api/chat', {
    data: { model: 'qwen/qwen3.8-27b', messages: hi, max_completion_tokens: 100_000 },
  });
  expect(tooMany.status()).toBe(400);
  expect(await todaySimulator.chatRequests()).toHaveLength(0);

  // An id the table does not know: Groq decides (the simulator answers 404 for it).
  const unknown = await request.post('/api/chat', {
    data: { model: UNKNOWN, messages: hi, reasoning_effort: 'none', reasoning_format: 'hidden' },
  });
  expect(unknown.status()).toBe(404);
  expect(await lastBody()).toMatchObject({ model: UNKNOWN, reasoning_effort: 'none' });
});
