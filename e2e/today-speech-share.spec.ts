import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { todaySimulator } from './support/simulator';

/**
 * Speech mode has Share too (More → Share): the link carries the options and the text to speak, opens
 * Speech mode on the workbench it was made in, and sends nothing.
 */
test.beforeEach(async () => todaySimulator.clear());

const speechRequests = async () =>
  (await todaySimulator.requests()).filter((r) => r.path.startsWith('/openai/v1/audio/'));

test('More → Share in Speech mode copies a link that reopens Text to Speech with its text, unsent', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new PlaygroundPage(page);
  await playground.reset();
  await page.getByRole('tab', { name: 'Speech', exact: true }).click();
  await expect(page.locator('[data-speech-ready="true"]')).toBeVisible();
  await page.getByRole('tab', { name: 'Text to Speech', exact: true }).click();
  await page.getByRole('textbox', { name: 'Text' }).fill('Read this aloud, please.');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#speech=');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText('Shared speech settings opened. Nothing has been sent.')).toBeVisible();
  await expect(other.getByRole('tab', { name: 'Speech', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(other.getByRole('tab', { name: 'Text to Speech', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(other.getByRole('textbox', { name: 'Text' })).toHaveValue('Read this aloud, please.');
  expect(new URL(other.url()).hash).toBe('');
  await other.waitForTimeout(300);
  expect(await speechRequests()).toHaveLength(0);
  await fresh.close();
});

test('a damaged Speech link says so and changes nothing', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.reset();
  await page.goto('/#speech=N4IgdghgtgpiBcIDCAZAkgMQBIgDQgHMYBnAIwgCdC5QxT5EA3Aaw6RVq44BtRr');
  await expect(page.getByRole('alert').filter({ hasText: 'Speech link' })).toContainText(
    'Speech mode was left as it was.',
  );
  await expect(page.getByRole('tab', { name: 'Chat' })).toHaveAttribute('aria-selected', 'true');
});
