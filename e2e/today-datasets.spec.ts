import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { todaySimulator } from './support/simulator';

/**
 * Datasets and Batch, as a new user meets them: one prompt with a {{variable}}, a three-row CSV, then
 * Run all (live, one request per row) or Submit batch (a Groq Batch job). Upstream requests are read
 * from the today-lineup simulator's log.
 */
test.beforeEach(async ({ page }) => {
  await todaySimulator.clear();
  await new PlaygroundPage(page).reset();
});

const PROMPT = 'Name one landmark in {{city}}';
const CSV = 'city\nParis\nRome\n"Kyoto, Japan"\n';
const CITIES = ['Paris', 'Rome', 'Kyoto, Japan'];

async function openDataset(page: Page, csv: string) {
  await new PlaygroundPage(page).message.fill(PROMPT);
  await page.getByRole('button', { name: 'Dataset', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Dataset' });
  await dialog.getByRole('textbox', { name: 'Dataset' }).fill(csv);
  return dialog;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const resultRows = (page: Page) =>
  page
    .getByRole('dialog')
    .getByRole('table', { name: /^Results/ })
    // Direct rows and cells only: an answer's own markdown table renders inside its cell.
    .locator(':scope > tbody > tr');

test('a {{variable}} gets a value field; Submit refuses it empty and sends it filled', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.message.fill(PROMPT);
  const city = page.getByRole('textbox', { name: 'city', exact: true });
  await expect(city).toBeVisible();
  await expect(page.getByText('{{city}} has no value; an empty variable is never sent.')).toBeVisible();
  await playground.submit.click({ force: true });
  expect(await todaySimulator.chatRequests()).toHaveLength(0);

  await city.fill('Lisbon');
  await page.getByRole('button', { name: 'View code' }).click();
  await expect(page.getByRole('dialog', { name: 'View code' })).toContainText('Name one landmark in Lisbon');
  await page.keyboard.press('Escape');
  await playground.submit.click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const body = (await todaySimulator.chatRequests()).at(-1)?.body as { messages: { content: string }[] };
  expect(body.messages.at(-1)?.content).toBe('Name one landmark in Lisbon');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'city', exact: true })).toHaveValue('Lisbon');
});

test('Run all sends one substituted request per row and fills a three-row results table', async ({
  page,
}) => {
  const dialog = await openDataset(page, CSV);
  await expect(dialog.getByText('Preview: 3 rows')).toBeVisible();
  await dialog.getByRole('spinbutton', { name: 'Concurrency' }).fill('2');
  await dialog.getByRole('button', { name: 'Run all' }).click();

  await expect(dialog.getByRole('status').filter({ hasText: '3 of 3' })).toContainText('0 errors');
  await expect(resultRows(page)).toHaveCount(3);
  for (const [i, city] of CITIES.entries()) {
    const row = resultRows(page).nth(i);
    await expect(row).toContainText(city);
    await expect(row.locator(':scope > td').last()).toHaveText('done');
  }
  const sent = (await todaySimulator.chatRequests()).map(
    (r) => (r.body as { messages: { content: string }[] }).messages.at(-1)?.content,
  );
  expect(sent.sort()).toEqual(CITIES.map((c) => `Name one landmark in ${c}`).sort());

  await dialog.getByRole('button', { name: 'row-2' }).click();
  await expect(dialog.getByRole('region', { name: 'row-2 as a conversation' })).toContainText(
    'Name one landmark in Rome',
  );
  expect(await seriousViolations(page), 'Dataset dialog with results').toEqual([]);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^results-.*\.csv$/);
});

test('Run all waits out a 429 retry-after, sends the row again, and Stop ends the run', async ({ page }) => {
  const dialog = await openDataset(page, 'city\n"Paris [sim:429:1]"\nRome\n');
  await dialog.getByRole('button', { name: 'Run all' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'rate limited, resuming in' })).toBeVisible();
  const parisSent = async () =>
    (await todaySimulator.chatRequests()).filter((r) => JSON.stringify(r.body).includes('Paris')).length;
  await expect.poll(parisSent, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  await dialog.getByRole('button', { name: 'Stop' }).click();
  await expect(dialog.getByRole('button', { name: 'Run all' })).toBeVisible();
  await expect(resultRows(page).nth(1).locator(':scope > td').last()).toHaveText('done');
  await expect(resultRows(page).nth(0).locator(':scope > td').last()).toHaveText('stopped');
});

test('a malformed CSV line is reported with its line number and nothing is sent', async ({ page }) => {
  const dialog = await openDataset(page, 'city\nParis\n"Rome\nKyoto\n');
  await expect(dialog.getByText('Line 3: a quoted field is never closed.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Run all' }).click();
  await dialog.getByRole('button', { name: 'Submit batch' }).click();
  await expect(dialog.getByText('Nothing was sent. Line 3: a quoted field is never closed.')).toBeVisible();
  expect(await todaySimulator.requests()).toEqual(
    expect.not.arrayContaining([expect.objectContaining({ method: 'POST' })]),
  );

  await dialog.getByRole('textbox', { name: 'Dataset' }).fill('town\nParis\n');
  await dialog.getByRole('button', { name: 'Run all' }).click();
  await expect(
    dialog.getByText('The dataset has no column for {{city}} (its columns: town).').first(),
  ).toBeVisible();
  expect(await todaySimulator.chatRequests()).toHaveLength(0);
});

test('Submit batch uploads a JSONL, creates a batch, follows it to completed and joins each answer to its row', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  const dialog = await openDataset(page, CSV);
  await dialog.getByRole('combobox', { name: 'Completion Window' }).selectOption('48h');
  await dialog.getByRole('button', { name: 'Submit batch' }).click();
  await expect(dialog.getByText(/Batch batch_\w+ created with 3 requests/)).toBeVisible();

  const log = await todaySimulator.requests();
  const upload = log.find((r) => r.path === '/openai/v1/files' && r.method === 'POST');
  const lines = (upload?.body as { fields: { purpose: string }; lines: Record<string, unknown>[] }) ?? null;
  expect(lines?.fields.purpose).toBe('batch');
  expect(lines?.lines).toHaveLength(3);
  expect(lines?.lines[0]).toMatchObject({
    custom_id: 'row-1',
    method: 'POST',
    url: '/v1/chat/completions',
    body: {
      model: 'openai/gpt-oss-120b',
      stream: false,
      messages: [{ role: 'user', content: 'Name one landmark in Paris' }],
    },
  });
  expect(lines?.lines[0]?.body).not.toHaveProperty('guard');
  const create = log.find((r) => r.path === '/openai/v1/batches' && r.method === 'POST');
  expect(create?.body).toMatchObject({ completion_window: '48h', endpoint: '/v1/chat/completions' });

  await expect(dialog.getByText('completed', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(resultRows(page)).toHaveCount(3);
  for (const [i, city] of CITIES.entries()) {
    const row = resultRows(page).nth(i);
    await expect(row).toContainText(city);
    await expect(row.locator(':scope > td').last()).toHaveText('done');
    await expect(row.locator(':scope > td').nth(2)).not.toBeEmpty();
  }
  const batchId =
    (await dialog
      .getByText(/^batch_\w+$/)
      .first()
      .textContent()) ?? '';

  // Another browser is another visitor: it does not see this batch.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await new PlaygroundPage(strangerPage).goto();
  await strangerPage.getByRole('button', { name: 'More' }).click();
  await strangerPage.getByRole('menuitem', { name: 'Batches' }).click();
  await expect(strangerPage.getByRole('dialog', { name: 'Batches' }).getByRole('status')).toHaveText(
    '0 batches.',
  );
  await expect(strangerPage.getByRole('dialog', { name: 'Batches' }).getByText(batchId)).toHaveCount(0);
  await stranger.close();

  // The same visitor with no local storage still lists it: the list comes from Groq, by the ids
  // the server recorded for this visitor (its cookie).
  const fresh = await browser.newContext({
    storageState: { cookies: await page.context().cookies(), origins: [] },
  });
  const other = await fresh.newPage();
  await new PlaygroundPage(other).goto();
  await other.getByRole('button', { name: 'More' }).click();
  await other.getByRole('menuitem', { name: 'Batches' }).click();
  const batches = other.getByRole('dialog', { name: 'Batches' });
  const item = batches.getByRole('listitem').filter({ hasText: batchId });
  await expect(item).toContainText('completed');
  await expect(item.getByRole('link', { name: 'Download output' })).toBeVisible();
  await item.getByRole('button', { name: 'Show results' }).click();
  await expect(
    batches.getByRole('table', { name: `Results of ${batchId}` }).locator(':scope > tbody > tr'),
  ).toHaveCount(3);
  await expect(batches.getByRole('table', { name: `Results of ${batchId}` })).toContainText(
    'Name one landmark in Rome',
  );
  expect(await seriousViolations(other), 'Batches dialog').toEqual([]);
  await fresh.close();
});

test('with Moderation on, Submit batch is held and says why (Groq runs batch rows unscreened)', async ({
  page,
}) => {
  await page.getByRole('switch', { name: 'Moderation' }).click();
  const dialog = await openDataset(page, CSV);
  const submit = dialog.getByRole('button', { name: 'Submit batch' });
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveAccessibleDescription(/Moderation is on, and a batch cannot be screened/);
  expect((await todaySimulator.requests()).filter((r) => r.path.includes('/files'))).toHaveLength(0);
});
