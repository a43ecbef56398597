import type { Page } from '@playwright/test';
import { decodeShareState } from '../lib/share/share-link';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { type McpFixture, startMcpServer } from './support/mcp-server';
import { todaySimulator } from './support/simulator';

/**
 * Remote MCP, as a new user meets it against today's Groq: a real MCP server (Streamable HTTP, one
 * bearer token) that the simulator calls the way Groq does. The app never reaches the MCP server;
 * the token is the user's secret and must not leave the tab's memory.
 */
const TOKEN = 'mcp-e2e-token-5f1c9a7e';
let mcp: McpFixture;

test.beforeEach(async ({ page }) => {
  mcp = await startMcpServer({ token: TOKEN });
  await todaySimulator.clear();
  await new PlaygroundPage(page).reset();
});
test.afterEach(async () => {
  await mcp.close();
});

const servers = (page: Page) => page.getByRole('group', { name: 'MCP servers' });

async function addServer(page: Page, fields: { label: string; headers?: string; allowed?: string }) {
  await page.getByRole('button', { name: 'Add MCP server' }).click();
  const group = servers(page);
  await group.getByRole('textbox', { name: 'Server label' }).fill(fields.label);
  await group.getByRole('textbox', { name: 'Server URL' }).fill(mcp.url);
  await group
    .getByRole('textbox', { name: 'Headers' })
    .fill(fields.headers ?? `Authorization: Bearer ${TOKEN}`);
  if (fields.allowed) await group.getByRole('textbox', { name: 'Allowed tools' }).fill(fields.allowed);
  await group.getByRole('textbox', { name: 'Description' }).fill('Test forecasts');
}

const lastBody = async () => (await todaySimulator.chatRequests()).at(-1)?.body as Record<string, unknown>;

test('an MCP server is called for the answer: the listed tools and the call with its output show', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await addServer(page, { label: 'weather' });
  // Loopback: Groq's cloud could not reach it, but it is still sent (the simulator can).
  await expect(servers(page).getByText(/127\.0\.0\.1 is a local or private address/)).toBeVisible();
  await playground.send('What is the forecast in Paris?');
  const answer = playground.lastAnswer();
  await expect(answer).toContainText('Status:done');

  const listed = answer.getByRole('region', { name: 'MCP tools listed' });
  await listed.getByText('MCP weather: 2 tools listed').click();
  await expect(listed.getByText('get_forecast', { exact: true })).toBeVisible();
  const executed = answer.getByRole('region', { name: 'Executed tools' });
  await executed.getByText('MCP weather: get_forecast').click();
  await expect(executed).toContainText('"city": "Paris"');
  await expect(executed).toContainText('Forecast for Paris: Light rain, 14 °C');

  expect(mcp.calls).toEqual([{ name: 'get_forecast', arguments: { city: 'Paris' } }]);
  expect(mcp.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  expect((await lastBody()).tools).toEqual([
    {
      type: 'mcp',
      server_label: 'weather',
      server_url: mcp.url,
      // The simulator's log never keeps header values.
      headers: { Authorization: '***' },
      server_description: 'Test forecasts',
      require_approval: 'never',
    },
  ]);
});

test('a server that refuses the token gives a 424 card naming it; the prompt stays; Turn off then Retry answers', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await addServer(page, { label: 'weather', headers: 'Authorization: Bearer wrong-token-0000' });
  await playground.send('What is the forecast in Paris?');
  const card = playground.lastAnswer().getByRole('alert');
  await expect(card).toContainText('Error 424: MCP server weather failed');
  await expect(card).toContainText("Error connecting to MCP server 'weather'");
  await expect(card).not.toContainText('wrong-token-0000');
  await expect(page.getByRole('listitem', { name: 'User message' }).last()).toContainText(
    'What is the forecast in Paris?',
  );

  await card.getByRole('button', { name: 'Turn off weather' }).click();
  await expect(page.getByRole('switch', { name: 'MCP server weather' })).not.toBeChecked();
  await card.getByRole('button', { name: 'Retry' }).click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  expect((await lastBody()).tools).toBeUndefined();
  expect(mcp.calls).toEqual([]);
});

test('Allowed tools limits what the server lists and what the model can call', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await addServer(page, { label: 'weather', allowed: 'count_words' });
  await playground.send('What is the forecast in Paris?');
  const answer = playground.lastAnswer();
  await expect(answer).toContainText('Status:done');
  const listed = answer.getByRole('region', { name: 'MCP tools listed' });
  await listed.getByText('MCP weather: 1 tool listed').click();
  await expect(listed.getByText('count_words', { exact: true })).toBeVisible();
  await expect(listed.getByText('get_forecast', { exact: true })).toHaveCount(0);
  expect(mcp.calls.some((call) => call.name === 'get_forecast')).toBe(false);
  expect((await lastBody()).tools).toMatchObject([{ allowed_tools: ['count_words'] }]);
});

test('the token is in no share link, no localStorage and no View code; the receiver is asked for it', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new PlaygroundPage(page);
  await addServer(page, { label: 'weather' });
  await playground.send('What is the forecast in Paris?');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await playground.message.fill('And in Tokyo?');

  await page.getByRole('button', { name: 'View code' }).click();
  const dialog = page.getByRole('dialog', { name: 'View code' });
  for (const name of ['curl', 'Python', 'JavaScript', 'JSON']) {
    await dialog.getByRole('tab', { name }).click();
    const panel = dialog.getByRole('tabpanel');
    await expect(panel).toContainText('server_label');
    await expect(panel).toContainText('MCP_WEATHER_TOKEN');
    await expect(panel).not.toContainText(TOKEN);
  }
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const decoded = decodeShareState(link.split('#s=')[1] ?? '');
  expect(decoded.ok).toBe(true);
  const shared = JSON.stringify(decoded.ok ? decoded.state : null);
  expect(shared).not.toContain(TOKEN);
  expect(decoded.ok && decoded.state.mcpServers).toEqual([
    {
      label: 'weather',
      url: mcp.url,
      allowedTools: '',
      description: 'Test forecasts',
      enabled: true,
      headerNames: ['Authorization'],
    },
  ]);

  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).toContain('weather');
  expect(stored).not.toContain(TOKEN);

  const fresh = await browser.newContext();
  const other = new PlaygroundPage(await fresh.newPage());
  await other.page.goto(link);
  await expect(other.page.locator('[data-ready="true"]')).toBeVisible();
  await expect(
    other.page.getByText('This shared server needs its headers (Authorization)', { exact: false }),
  ).toBeVisible();
  await expect(servers(other.page).getByRole('textbox', { name: 'Server label' })).toHaveValue('weather');
  await expect(servers(other.page).getByRole('textbox', { name: 'Headers' })).toHaveValue('');
  await fresh.close();
});

test('bad input is named under its field and holds Submit until it is fixed', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await addServer(page, { label: '1weather', headers: 'Authorization Bearer x' });
  const label = servers(page).getByRole('textbox', { name: 'Server label' });
  await expect(label).toHaveAttribute('aria-invalid', 'true');
  await expect(label).toHaveAccessibleDescription(/Server label must start with a letter/);
  const headers = servers(page).getByRole('textbox', { name: 'Headers' });
  await expect(headers).toHaveAttribute('aria-invalid', 'true');
  await expect(headers).toHaveAccessibleDescription(/Line 1 has no colon/);
  await playground.message.fill('What is the forecast in Paris?');
  await expect(playground.submit).toBeDisabled();
  await expect(playground.submit).toHaveAccessibleDescription(
    /MCP server 1weather: Server label must start with a letter/,
  );
  expect(await todaySimulator.chatRequests()).toHaveLength(0);

  await label.fill('weather');
  await headers.fill(`Authorization: Bearer ${TOKEN}`);
  await expect(label).toHaveAttribute('aria-invalid', 'false');
  // Every chat model in today's lineup takes MCP; a model without it is covered by tests/rules/agents-rules.test.ts.
  await expect(playground.submit).toBeEnabled();
});

test('API = Responses with a System prompt streams the answer, and View code shows /responses with instructions', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  const api = page.getByRole('combobox', { name: 'API' });
  await expect(api).toHaveValue('chat');
  await api.selectOption({ label: 'Responses' });
  await playground.system.fill('You are terse.');
  await page.getByRole('textbox', { name: 'Seed' }).fill('7');
  await expect(page.getByText('Seed: Not sent with the Responses API')).toBeVisible();
  await playground.message.fill('Say hello [sim:tokens:40]');

  await page.getByRole('button', { name: 'View code' }).click();
  const dialog = page.getByRole('dialog', { name: 'View code' });
  await dialog.getByRole('tab', { name: 'curl' }).click();
  await expect(dialog.getByRole('tabpanel')).toContainText('https://api.groq.com/openai/v1/responses');
  await expect(dialog.getByRole('tabpanel')).toContainText('"instructions": "You are terse."');
  await dialog.getByRole('tab', { name: 'Python' }).click();
  await expect(dialog.getByRole('tabpanel')).toContainText('responses.create');
  await page.keyboard.press('Escape');

  await playground.submit.click();
  const answer = playground.lastAnswer();
  await expect(answer).toContainText('Status:done');
  await expect(answer.getByTestId('message-content')).not.toBeEmpty();
  const sent = (await todaySimulator.requests()).filter((r) => r.path.endsWith('/responses'));
  expect(sent).toHaveLength(1);
  expect(sent[0]?.stream).toBe(true);
  expect(sent[0]?.body).toMatchObject({ instructions: 'You are terse.', stream: true });
  expect(sent[0]?.body).not.toHaveProperty('seed');
  expect(await todaySimulator.chatRequests()).toHaveLength(0);
});
