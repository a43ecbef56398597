import { E2E_API_KEY } from '../playwright.config';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { chatRequests, clearSimulatorRequests } from './support/simulator';

test.beforeEach(async () => clearSimulatorRequests());

async function buildSharedPlayground(playground: PlaygroundPage) {
  const page = playground.page;
  await playground.model.selectOption('llama3-70b-8192');
  await playground.system.fill('You are a weather bot.');
  await page.getByRole('spinbutton', { name: 'Temperature' }).fill('0.3');
  await page.getByRole('spinbutton', { name: 'Temperature' }).press('Enter');
  await page.getByRole('textbox', { name: 'Seed' }).fill('7');
  await page.getByRole('textbox', { name: 'Stop Sequences' }).fill('STOP');
  await page.getByRole('textbox', { name: 'Stop Sequences' }).press('Enter');
  await page.getByRole('switch', { name: 'Moderation' }).click();
  await page.getByRole('button', { name: 'Add example tool' }).click();
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByRole('textbox', { name: 'User turn 1' }).fill('What is the weather in Oslo?');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByRole('textbox', { name: 'Assistant turn 2' }).fill('Let me check.');
  await expect(page.getByRole('textbox', { name: 'Assistant turn 2' })).toHaveValue('Let me check.');
}

test('a share link restores every field in a fresh browser and does not run it', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new PlaygroundPage(page);
  await playground.reset();
  await buildSharedPlayground(playground);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#s=');
  expect(link).not.toContain(E2E_API_KEY);

  const fresh = await browser.newContext();
  const other = new PlaygroundPage(await fresh.newPage());
  await other.page.goto(link);
  await expect(other.page.locator('[data-ready="true"]')).toBeVisible();
  await expect(other.page.getByText('Shared prompt opened. Nothing has been sent')).toBeVisible();
  await expect(other.model).toHaveValue('llama3-70b-8192');
  await expect(other.system).toHaveValue('You are a weather bot.');
  await expect(other.page.getByRole('slider', { name: 'Temperature' })).toHaveValue('0.3');
  await expect(other.page.getByRole('textbox', { name: 'Seed' })).toHaveValue('7');
  await expect(other.page.getByRole('button', { name: 'Remove stop sequence STOP' })).toBeVisible();
  await expect(other.page.getByRole('switch', { name: 'Moderation' })).toBeChecked();
  await expect(other.page.getByRole('group', { name: 'Tool 1: get_current_weather' })).toBeVisible();
  await expect(other.page.getByRole('textbox', { name: 'User turn 1' })).toHaveValue(
    'What is the weather in Oslo?',
  );
  await expect(other.page.getByRole('textbox', { name: 'Assistant turn 2' })).toHaveValue('Let me check.');
  expect(new URL(other.page.url()).hash).toBe('');
  await other.page.waitForTimeout(300);
  expect(await chatRequests()).toHaveLength(0);
  await fresh.close();
});

test('a tampered link shows a clear error and leaves the playground untouched', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.reset();
  await playground.system.fill('My own work');
  await page.goto('/#s=N4IgdghgtgpiBcIDCAZAkgMQBIgDQgHMYBnAIwgCdC5QxT5EA3Aaw6RVq44BtRr');
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'share link' });
  await expect(alert).toContainText('Your playground was left as it was.');
  await expect(playground.system).toHaveValue('My own work');
});

test('opening a link over unsaved work asks first, and "Keep my work" keeps it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new PlaygroundPage(page);
  await playground.reset();
  await playground.system.fill('Shared system');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  await playground.system.fill('Unsaved local work');
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Open shared prompt?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep my work' }).click();
  await expect(playground.system).toHaveValue('Unsaved local work');

  await page.goto(link);
  await page
    .getByRole('dialog', { name: 'Open shared prompt?' })
    .getByRole('button', { name: 'Replace with shared prompt' })
    .click();
  await expect(playground.system).toHaveValue('Shared system');
});

test('uploaded images are left out of a link, with a notice', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new PlaygroundPage(page);
  await playground.reset();
  // Seeded before the app's scripts run (after the last page's final save), as a reload would find it.
  await page.context().addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'groq-playground:playground',
      JSON.stringify({
        state: {
          draft: '',
          messages: [
            {
              id: 'x',
              role: 'user',
              content: 'see',
              images: ['https://example.com/cat.png', 'data:image/png;base64,AAAA'],
            },
          ],
        },
        version: 3,
      }),
    );
  });
  await playground.goto();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 uploaded image was left out' })).toBeVisible();
});
