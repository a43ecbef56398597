import type { Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { todaySimulator } from './support/simulator';

/**
 * Built-in tools and documents, as a new user meets them against today's Groq (gpt-oss runs browser
 * search and code execution server-side; documents come back with citations). Upstream requests are
 * read from the simulator's log.
 */
test.beforeEach(async ({ page }) => {
  await todaySimulator.clear();
  await new PlaygroundPage(page).reset();
});

const lastBody = async () => (await todaySimulator.chatRequests()).at(-1)?.body as Record<string, unknown>;
const switchNamed = (page: Page, name: string) => page.getByRole('switch', { name, exact: true });
const PARIS = 'Paris has about 2.1 million inhabitants. It is the capital of France.';

async function addDocument(page: Page, text: string, id?: string) {
  await page.getByRole('button', { name: 'Add document' }).click();
  const count = await page.getByRole('group', { name: /^Document \d+$/ }).count();
  await page.getByRole('textbox', { name: `Document ${count}`, exact: true }).fill(text);
  if (id) {
    const group = page.getByRole('group', { name: `Document ${count}`, exact: true });
    await group.getByRole('textbox', { name: 'Citation id' }).fill(id);
  }
}

test('with gpt-oss-120b, Browser Search and Code Execution are sent and what ran shows under the answer', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await expect(playground.model).toHaveValue('openai/gpt-oss-120b');
  await switchNamed(page, 'Browser Search').click();
  await switchNamed(page, 'Code Execution').click();
  await expect(switchNamed(page, 'Browser Search')).toBeChecked();
  await playground.send('What is the population of Paris? [sim:tokens:30]');
  const answer = playground.lastAnswer();
  await expect(answer).toContainText('Status:done');
  expect((await lastBody()).tools).toEqual([{ type: 'browser_search' }, { type: 'code_interpreter' }]);

  const executed = answer.getByRole('region', { name: 'Executed tools' });
  const search = executed.getByText(/^Browser search: /);
  const code = executed.getByText(/^Code execution: /);
  await expect(search).toBeVisible();
  await expect(code).toBeVisible();
  // Collapsed by default: the results appear when the summary is opened (keyboard works too).
  await expect(executed.getByRole('link')).toHaveCount(0);
  await search.focus();
  await page.keyboard.press('Enter');
  const links = executed.getByRole('link');
  await expect(links).toHaveCount(3);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('href', /^https:\/\//);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  await expect(executed.getByText('en.wikipedia.org', { exact: true })).toBeVisible();
  await expect(executed.getByText(/^score 0\.\d\d$/).first()).toBeVisible();

  await code.click();
  await expect(executed.locator('pre code.language-python')).toContainText('print(');
  await expect(executed.getByRole('button', { name: 'Copy code' })).toBeVisible();
  await expect(executed.getByText(/total: \d+/)).toBeVisible();
  const png = executed.getByRole('img', { name: /drawn by the code/ });
  await expect(png).toBeVisible();
  expect(await png.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160);
  await expect(executed.getByRole('img', { name: 'Chart: Letters per keyword' })).toBeVisible();

  // Inspect shows the request's tools and the assembled response's executed tools.
  await answer.getByRole('button', { name: 'Inspect' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inspect' });
  await expect(dialog.getByRole('region', { name: 'Request' })).toContainText('"type": "code_interpreter"');
  await expect(dialog.getByRole('region', { name: 'Response' })).toContainText('"executed_tools"');
});

test('on a model without built-in tools the switches are disabled with the reason, and nothing is sent', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await switchNamed(page, 'Browser Search').click();
  await playground.model.selectOption('qwen/qwen3.8-27b');
  for (const name of ['Browser Search', 'Code Execution']) {
    await expect(switchNamed(page, name)).toBeDisabled();
    await expect(switchNamed(page, name)).not.toBeChecked();
  }
  await expect(
    page.getByText('Qwen3.8 27B does not run built-in tools; choose GPT-OSS 120B or 20B.'),
  ).toBeVisible();
  await playground.send('Hello [sim:tokens:10]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  expect(await lastBody()).not.toHaveProperty('tools');
  // Back on gpt-oss, the switch the user turned on is on again.
  await playground.model.selectOption('openai/gpt-oss-20b');
  await expect(switchNamed(page, 'Browser Search')).toBeChecked();
});

test('a document is sent with citations, and a citation marker reveals the cited passage', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await addDocument(page, PARIS, 'paris');
  await playground.send('How many people live in Paris? [sim:tokens:30]');
  const answer = playground.lastAnswer();
  await expect(answer).toContainText('Status:done');
  expect(await lastBody()).toMatchObject({
    documents: [{ id: 'paris', source: { type: 'text', text: PARIS } }],
    citation_options: 'enabled',
  });
  const marker = answer.getByRole('button', { name: 'Citation 1' });
  await expect(marker).toBeVisible();
  await expect(marker).toHaveAttribute('aria-expanded', 'false');
  await marker.press('Enter');
  const note = answer.getByRole('note', { name: 'Source of citation 1' });
  await expect(note).toContainText('Document paris');
  await expect(note.locator('mark')).toHaveText('Paris has about 2.1 million inhabitants.');

  // Citations off: the request says so and the answer has no markers.
  await switchNamed(page, 'Citations').click();
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  expect((await lastBody()).citation_options).toBe('disabled');
  await expect(playground.lastAnswer().getByRole('button', { name: 'Citation 1' })).toHaveCount(0);
});

test('a .txt file uploads into a document; a wrong file type is refused with the reason', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Add document' }).click();
  const upload = page.getByLabel('Upload text into Document 1');
  await upload.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Lyon is in France.'),
  });
  await expect(page.getByRole('textbox', { name: 'Document 1', exact: true })).toHaveValue(
    'Lyon is in France.',
  );
  await expect(
    page.getByRole('group', { name: 'Document 1' }).getByRole('textbox', { name: 'Citation id' }),
  ).toHaveValue('doc-1');
  await upload.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50]) });
  await expect(page.getByText('photo.png is not a .txt or .md file.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Document 1', exact: true })).toHaveValue(
    'Lyon is in France.',
  );
});

test('hostile search results stay inert: no javascript: links, HTML in titles is text', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await switchNamed(page, 'Browser Search').click();
  await playground.send('latest news [sim:xss]');
  const answer = playground.lastAnswer();
  await expect(answer).toContainText('Status:done');
  const executed = answer.getByRole('region', { name: 'Executed tools' });
  await executed.getByText(/^Browser search: /).click();
  await expect(executed.getByText('<img src=x onerror=alert(1)>Click me')).toBeVisible();
  await expect(executed.getByRole('link')).toHaveCount(3);
  await expect(executed.locator('a[href^="javascript:"], a[href^="data:"], img[src="x"]')).toHaveCount(0);
});

test('a share link restores built-in tools, documents and the answer with its tools and citations', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new PlaygroundPage(page);
  await switchNamed(page, 'Code Execution').click();
  await addDocument(page, PARIS, 'paris');
  await playground.send('How many people live in Paris? [sim:tokens:30]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const fresh = await browser.newContext();
  const other = new PlaygroundPage(await fresh.newPage());
  await other.page.goto(link);
  await expect(other.page.locator('[data-ready="true"]')).toBeVisible();
  await expect(switchNamed(other.page, 'Code Execution')).toBeChecked();
  await expect(switchNamed(other.page, 'Browser Search')).not.toBeChecked();
  await expect(switchNamed(other.page, 'Citations')).toBeChecked();
  await expect(other.page.getByRole('textbox', { name: 'Document 1', exact: true })).toHaveValue(PARIS);
  await expect(
    other.page.getByRole('group', { name: 'Document 1' }).getByRole('textbox', { name: 'Citation id' }),
  ).toHaveValue('paris');
  const answer = other.lastAnswer();
  await expect(answer.getByText(/^Code execution: /)).toBeVisible();
  await answer.getByRole('button', { name: 'Citation 1' }).click();
  await expect(answer.getByRole('note', { name: 'Source of citation 1' }).locator('mark')).toHaveText(
    'Paris has about 2.1 million inhabitants.',
  );
  await fresh.close();
});

test('with Stream off, the tools come from message.executed_tools; View code carries tools and documents', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await switchNamed(page, 'Stream').click();
  await switchNamed(page, 'Code Execution').click();
  await addDocument(page, PARIS, 'paris');
  await playground.message.fill('How many people live in Paris? [sim:tokens:20]');

  await page.getByRole('button', { name: 'View code' }).click();
  const dialog = page.getByRole('dialog', { name: 'View code' });
  for (const name of ['curl', 'Python', 'JavaScript', 'JSON']) {
    await dialog.getByRole('tab', { name }).click();
    const panel = dialog.getByRole('tabpanel');
    await expect(panel).toContainText('code_interpreter');
    await expect(panel).toContainText('documents');
    await expect(panel).toContainText('citation_options');
  }
  const json = JSON.parse((await dialog.getByRole('tabpanel').locator('code').textContent()) ?? '{}');
  expect(json).toMatchObject({
    stream: false,
    tools: [{ type: 'code_interpreter' }],
    documents: [{ id: 'paris', source: { type: 'text', text: PARIS } }],
    citation_options: 'enabled',
  });
  await page.keyboard.press('Escape');

  await playground.submit.click();
  const answer = playground.lastAnswer();
  await expect(answer).toContainText('Status:done');
  expect(await lastBody()).toMatchObject({ stream: false, tools: [{ type: 'code_interpreter' }] });
  const executed = answer.getByRole('region', { name: 'Executed tools' });
  await executed.getByText(/^Code execution: /).click();
  await expect(executed.getByText(/total: \d+/)).toBeVisible();
  await expect(answer.getByRole('button', { name: 'Citation 1' })).toBeVisible();
});
