import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { tinyPng } from './support/images';
import { chatModelId, countChatCalls, headerHeight, screenshot, WIDE } from './support/layout';
import { chatRequests, clearSimulatorRequests, simulatorRequests } from './support/simulator';

test.beforeEach(async ({ page }) => {
  await clearSimulatorRequests();
  await page.setViewportSize(WIDE);
  await new PlaygroundPage(page).reset();
});

test('the first screen is quiet; "does not accept images" appears once, when an image is attached', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption(await chatModelId(page, { vision: false }));
  await expect(page.locator('[data-tone="warning"], [data-tone="error"]')).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  await expect(playground.message).toHaveAttribute('dir', 'auto');
  await expect(playground.imageUrl).toBeHidden();

  // Pasting an image on a text model: one warning, not two.
  const base64 = tinyPng().buffer.toString('base64');
  await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
    document
      .querySelector('textarea[dir="auto"][placeholder^="Message"]')
      ?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
  }, base64);
  await expect(page.getByText('does not accept images')).toHaveCount(1);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(1);

  await page.getByRole('button', { name: 'Switch to a vision model' }).click();
  await expect(page.getByText('does not accept images')).toHaveCount(0);
  await expect(playground.imageUrl).toBeVisible();
});

test('the "attached" line clears once the message is sent', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption(await chatModelId(page, { vision: true }));
  await page.locator('input[type=file][accept="image/*"]').setInputFiles(tinyPng('cat.png'));
  const attached = page.getByRole('status').filter({ hasText: 'cat.png attached' });
  await expect(attached).toBeVisible();
  await playground.send('What is this?');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(attached).toBeHidden();
});

test('a 20-digit seed is refused inline and Submit sends nothing', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  const calls = countChatCalls(page);
  const seed = page.getByRole('textbox', { name: 'Seed' });
  await seed.fill('12345678901234567890');
  await expect(seed).toHaveAccessibleDescription(
    'The seed must be between -9007199254740991 and 9007199254740991.',
  );
  await expect(seed).toHaveAttribute('aria-invalid', 'true');
  await playground.message.fill('Hello');
  await expect(playground.submit).toBeDisabled();
  await expect(playground.submit).toHaveAccessibleDescription(/Seed: The seed must be between/);
  await playground.message.press('Control+Enter');
  await page.waitForTimeout(300);
  expect(calls.count()).toBe(0);
  await seed.fill('9007199254740991');
  await expect(playground.submit).toBeEnabled();
});

test('a tool with a bad name and bad JSON shows both errors and holds Submit back', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  const calls = countChatCalls(page);
  await page.getByRole('button', { name: 'Add tool' }).click();
  const tool = page.getByRole('group', { name: /Tool 1/ });
  await tool.getByRole('textbox', { name: 'Function name' }).fill('bad name!');
  await tool.getByRole('textbox', { name: 'Parameters as a schema object' }).fill('{oops');
  await expect(tool.getByRole('alert')).toHaveCount(2);
  await expect(tool.getByRole('alert').first()).toContainText('The name must be');
  await expect(tool.getByRole('alert').last()).toContainText('not valid JSON');
  await playground.message.fill('Call it');
  await expect(playground.submit).toBeDisabled();
  await expect(page.getByRole('alert').filter({ hasText: 'Tool 1 (bad name!) has a problem' })).toBeVisible();
  await playground.message.press('Control+Enter');
  await page.waitForTimeout(300);
  expect(calls.count()).toBe(0);
});

test('a 429 counts down and enables Retry at zero, without repeating Groq’s "try again in"', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Hello there [sim:429:3]');
  const alert = playground.lastAnswer().getByRole('alert');
  const retry = alert.getByRole('button', { name: 'Retry' });
  await expect(alert).toContainText('rate_limit_exceeded');
  await expect(alert).toContainText(/retry in [23] s/);
  await expect(alert).not.toContainText('Please try again in');
  await expect(retry).toBeDisabled();
  await expect(playground.lastAnswer().getByRole('button', { name: 'Regenerate' })).toHaveCount(0);
  await expect(alert).toContainText('You can retry now.', { timeout: 6_000 });
  await expect(retry).toBeEnabled();
});

test('an error mid-stream offers one action, Retry, which asks again', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Start answering then fail [sim:stream_error] [sim:tokens:80]');
  const alert = playground.lastAnswer().getByRole('alert');
  await expect(alert.getByRole('button')).toHaveText(['Retry']);
  await expect(playground.lastAnswer().getByRole('button', { name: 'Regenerate' })).toHaveCount(0);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(async () => (await chatRequests()).length).toBe(2);
});

test('each answer names its model; Edit opens an editor as tall as the answer', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  const model = await playground.model.inputValue();
  await playground.send('Compare Python and TypeScript [sim:tokens:150]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(playground.lastAnswer().getByTestId('answer-model')).toHaveText(`Model: ${model}`);
  const rendered = await playground.lastAnswer().getByTestId('message-content').boundingBox();
  await playground.lastAnswer().getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('textbox', { name: 'Assistant turn 2' });
  await expect(editor).toHaveAttribute('dir', 'auto');
  const box = await editor.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual((rendered?.height ?? 0) * 0.9);
});

test('Share says "Link copied." in a toast and the header keeps its height', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new PlaygroundPage(page);
  const model = await playground.model.inputValue();
  await playground.send('Compare Python and TypeScript for web servers [sim:tokens:120]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const before = await headerHeight(page);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await headerHeight(page)).toBe(before);
  const link = await page.evaluate(() => navigator.clipboard.readText());

  // The recipient sees the answer rendered as markdown, with its model and statistics.
  const fresh = await browser.newContext();
  const other = new PlaygroundPage(await fresh.newPage());
  await other.page.setViewportSize(WIDE);
  await other.page.goto(link);
  await expect(other.page.locator('[data-ready="true"]')).toBeVisible();
  const answer = other.lastAnswer();
  await expect(answer.getByTestId('message-content').getByRole('heading').first()).toBeVisible();
  await expect(answer.getByRole('textbox')).toHaveCount(0);
  await expect(answer.getByTestId('answer-model')).toHaveText(`Model: ${model}`);
  await expect(answer).toContainText('Output tokens:120');
  await expect(answer).toContainText(/Time to first token:\d+ ms/);
  await screenshot(other.page, 'shared-link-1440-light');
  expect(await chatRequests()).toHaveLength(1);
  await fresh.close();
});

test('Clear asks before discarding the conversation', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Hello [sim:tokens:10]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await playground.message.fill('unsent');
  const more = page.getByRole('button', { name: 'More' });
  await more.click();
  await page.getByRole('menuitem', { name: 'Clear' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clear the conversation?' });
  await expect(dialog).toContainText('2 turns and your unsent message');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(playground.conversation.getByRole('listitem')).toHaveCount(2);
  await more.click();
  await page.getByRole('menuitem', { name: 'Clear' }).click();
  await page
    .getByRole('dialog', { name: 'Clear the conversation?' })
    .getByRole('button', { name: 'Clear' })
    .click();
  await expect(playground.conversation).toBeHidden();
  await expect(playground.message).toHaveValue('');
});

test('a file named .wav that is not audio is refused in the browser', async ({ page }) => {
  await page.getByRole('tab', { name: 'Speech' }).click();
  await expect(page.locator('[data-speech-ready="true"]')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({
    name: 'fake.wav',
    mimeType: 'audio/wav',
    buffer: Buffer.from('These are meeting notes, not audio.\n'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'fake.wav' })).toContainText('not an audio file');
  await expect(page.getByRole('region', { name: 'Chosen audio' })).toHaveCount(0);
  expect((await simulatorRequests()).filter((r) => r.path.includes('/audio/'))).toHaveLength(0);
});

test('the tab has a favicon', async ({ page }) => {
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toContain('icon');
  const response = await page.request.get(href ?? '/icon.svg');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('svg');
});

test('a part that loads on demand and cannot be fetched says so in place; the prompt is kept', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.system.fill('Keep this system prompt');
  // From now on no new script can be fetched (offline, or a redeploy removed the old files).
  await page.route('**/_next/static/chunks/**', (route) => route.abort());
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Compare could not be loaded' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  // The header still works: leaving Compare brings the single view back with the prompt as typed.
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
  await expect(playground.system).toHaveValue('Keep this system prompt');
});
