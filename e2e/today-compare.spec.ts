import type { Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { todaySimulator } from './support/simulator';

/**
 * Compare, as a Groq user asks "how much faster is it?": two models side by side, one Submit, both
 * streaming at once, each with its own parameters and Stop; the comparison survives reload and links.
 */
test.beforeEach(async ({ page }) => {
  await todaySimulator.clear();
  await new PlaygroundPage(page).reset();
});

const pane = (page: Page, n: number) => page.getByRole('region', { name: `Pane ${n}`, exact: true });

async function compareGptOssWithQwen(page: Page) {
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(pane(page, 2)).toBeVisible();
  await pane(page, 1).getByRole('combobox', { name: 'Model' }).selectOption('openai/gpt-oss-120b');
  await pane(page, 2).getByRole('combobox', { name: 'Model' }).selectOption('qwen/qwen3.8-27b');
  const temperature = pane(page, 2).getByRole('spinbutton', { name: 'Temperature' });
  await temperature.fill('0.2');
  await temperature.press('Enter');
  await expect(pane(page, 2)).toContainText('Differs from pane 1: model qwen/qwen3.8-27b, Temperature 0.2');
}

test('one Submit races two models at once; Stop in pane 1 stops only pane 1', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await compareGptOssWithQwen(page);
  await playground.message.fill('Explain why fast inference matters [sim:tps:40] [sim:tokens:200]');
  await playground.message.press('Control+Enter');

  // Both panes stream at the same time: each has its own Stop while the other is still going.
  const stop1 = pane(page, 1).getByRole('button', { name: 'Stop', exact: true });
  const stop2 = pane(page, 2).getByRole('button', { name: 'Stop', exact: true });
  await expect(stop1).toBeVisible();
  await expect(stop2).toBeVisible();
  await expect(pane(page, 1).getByRole('listitem', { name: 'Assistant message' })).toContainText(/\w{3,}/);
  await expect(pane(page, 2).getByRole('listitem', { name: 'Assistant message' })).toContainText(/\w{3,}/);
  await expect(pane(page, 1).getByLabel('Pane 1 race')).toContainText(/Tokens\/s:\d+/);
  await expect(pane(page, 2).getByLabel('Pane 2 race')).toContainText(/Tokens\/s:\d+/);
  await page.screenshot({ path: 'test-results/screenshots/compare-streaming.png' });

  const requests = await todaySimulator.chatRequests();
  expect(requests).toHaveLength(2);
  const [a, b] = requests;
  expect(Math.abs((a?.receivedAt ?? 0) - (b?.receivedAt ?? 0))).toBeLessThan(1000);
  const bodies = requests.map((r) => r.body as Record<string, unknown>);
  const gpt = bodies.find((body) => body.model === 'openai/gpt-oss-120b');
  const qwen = bodies.find((body) => body.model === 'qwen/qwen3.8-27b');
  expect(gpt?.temperature).toBe(1);
  expect(qwen?.temperature).toBe(0.2);

  await stop1.click();
  await expect(pane(page, 1).getByRole('listitem', { name: 'Assistant message' })).toContainText(
    'Status:stopped',
  );
  await expect(stop2).toBeVisible();
  await expect(pane(page, 2).getByRole('listitem', { name: 'Assistant message' })).toContainText(
    'Status:done',
    {
      timeout: 15_000,
    },
  );
  const summary = page.getByRole('region', { name: 'Race summary' });
  await expect(summary).toContainText('By tokens/s');
  await expect(summary).toContainText('By total time');
  await expect(summary).toContainText('(fastest)');
});

test('Compare opened after a single Submit shows no race summary until the panes race', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Hello [sim:tokens:5]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(pane(page, 2)).toBeVisible();
  // Pane 2 starts as a copy of pane 1's conversation: one answer, nothing raced.
  await expect(pane(page, 2).getByRole('listitem', { name: 'Assistant message' })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Race summary' })).toHaveCount(0);
  await playground.send('Again [sim:tokens:5]');
  await expect(page.getByRole('region', { name: 'Race summary' })).toContainText('(fastest)');
});

test('reload and a share link restore the comparison; leaving keeps pane 1', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await compareGptOssWithQwen(page);
  const playground = new PlaygroundPage(page);
  await playground.message.fill('Say hello [sim:tokens:12]');
  await playground.message.press('Control+Enter');
  for (const n of [1, 2]) {
    await expect(pane(page, n).getByRole('listitem', { name: 'Assistant message' })).toContainText(
      'Status:done',
    );
  }
  const paneTwoAnswer = pane(page, 2).getByRole('listitem', { name: 'Assistant message' });
  await expect(paneTwoAnswer).toContainText(/qwen/i);
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(pane(page, 2).getByRole('combobox', { name: 'Model' })).toHaveValue('qwen/qwen3.8-27b');
  await expect(pane(page, 2).getByRole('spinbutton', { name: 'Temperature' })).toHaveValue('0.2');

  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('[data-ready="true"]')).toBeVisible();
  await expect(pane(other, 1).getByRole('combobox', { name: 'Model' })).toHaveValue('openai/gpt-oss-120b');
  await expect(pane(other, 2).getByRole('combobox', { name: 'Model' })).toHaveValue('qwen/qwen3.8-27b');
  await expect(pane(other, 2).getByRole('spinbutton', { name: 'Temperature' })).toHaveValue('0.2');
  // Each pane opens with its own answer (not a copy of pane 1's): pane 2's names qwen, pane 1's does not.
  await other
    .getByRole('button', { name: 'Open without images' })
    .click({ timeout: 1000 })
    .catch(() => undefined);
  await expect(pane(other, 2).getByRole('listitem', { name: 'Assistant message' })).toContainText(/qwen/i);
  await expect(pane(other, 1).getByRole('listitem', { name: 'Assistant message' })).not.toContainText(
    /qwen/i,
  );
  // The race figures travel too: time to first token and total time, not dashes.
  await expect(pane(other, 2).getByLabel('Pane 2 race')).toContainText(/Time to first token:\d/);
  await expect(pane(other, 2).getByLabel('Pane 2 race')).toContainText(/Total time:\d/);
  await expect(other.getByRole('region', { name: 'Race summary' })).toContainText('By total time');
  await fresh.close();

  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(pane(page, 1)).toHaveCount(0);
  await expect(new PlaygroundPage(page).model).toHaveValue('openai/gpt-oss-120b');
});

test('All parameters points the parameters panel at a pane; Add pane and Remove pane', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await compareGptOssWithQwen(page);
  const panel = page.getByRole('complementary', { name: 'Parameters panel' });
  await expect(panel).toBeVisible();
  const box1 = await pane(page, 1).boundingBox();
  const box2 = await pane(page, 2).boundingBox();
  expect(box2?.x ?? 0).toBeGreaterThan((box1?.x ?? 0) + (box1?.width ?? 0) - 1); // side by side
  await page.screenshot({ path: 'test-results/screenshots/compare-1280.png' });
  await pane(page, 2).getByRole('button', { name: 'All parameters' }).click();
  await expect(panel.getByRole('heading', { name: 'Parameters · Pane 2' })).toBeVisible();
  await expect(panel.getByRole('slider', { name: 'Temperature' })).toHaveValue('0.2');
  await page.getByRole('button', { name: 'Add pane' }).click();
  await expect(pane(page, 3)).toBeVisible();
  await pane(page, 3).getByRole('button', { name: 'Remove pane' }).click();
  await expect(pane(page, 3)).toHaveCount(0);
});

test('at 390 px the panes stack behind tabs', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Compare' }).click();
  await expect(pane(page, 1)).toBeVisible();
  await expect(pane(page, 2)).toBeHidden();
  await page.getByRole('tab', { name: 'Pane 2' }).click();
  await expect(pane(page, 2)).toBeVisible();
  await expect(pane(page, 1)).toBeHidden();
  // The tabs work from the keyboard too: arrows move and select, one Tab stop for the list.
  await expect(page.getByRole('tab', { name: 'Pane 2' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Pane 1' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Pane 1' })).toHaveAttribute('aria-selected', 'true');
  await expect(pane(page, 1)).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Pane 2' })).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('End');
  await expect(pane(page, 2)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/compare-390.png' });
});

test('Sync chat off: one shared history, the user keeps one pane’s answer', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await compareGptOssWithQwen(page);
  await page.getByRole('switch', { name: 'Sync chat' }).click();
  await playground.send('Pick the better answer [sim:tokens:20]');
  await expect(pane(page, 2).getByRole('listitem', { name: 'Assistant message' })).toContainText(
    'Status:done',
  );
  await expect(pane(page, 1).getByRole('listitem', { name: 'Assistant message' })).toContainText(
    'Status:done',
  );
  await pane(page, 2).getByRole('button', { name: 'Keep this answer' }).click();
  // Both panes now show the kept answer, written by qwen.
  for (const n of [1, 2]) {
    await expect(pane(page, n).getByRole('listitem', { name: 'Assistant message' })).toHaveCount(1);
    await expect(pane(page, n).getByTestId('answer-model')).toHaveText(/qwen\/qwen3.8-27b/);
  }
});

test('Regenerate after switching to a model that cannot take the conversation keeps the answer and says why', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('qwen/qwen3.8-27b');
  await playground.openAttachPanel();
  await playground.imageUrl.fill('https://example.com/a.png');
  await playground.imageUrl.press('Enter');
  await playground.send('What is in this picture? [sim:tokens:20]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const answer = await playground.lastAnswer().getByTestId('answer-model').textContent();
  await playground.model.selectOption('openai/gpt-oss-120b');
  await todaySimulator.clear();
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing was sent, so the answer is kept.' }),
  ).toContainText('does not accept images');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(playground.lastAnswer().getByTestId('answer-model')).toHaveText(answer ?? '');
  expect(await todaySimulator.chatRequests()).toHaveLength(0);
});

test('settings and a conversation saved before the upgrade come back, nothing lost', async ({ page }) => {
  // Seeded before the app's scripts run, as the previous version left them.
  await page.context().addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.clear();
    localStorage.setItem(
      'groq-playground:settings',
      JSON.stringify({
        version: 2,
        state: {
          model: 'qwen/qwen3.8-27b',
          system: 'Be brief.',
          temperature: 0.4,
          tools: [],
          toolChoice: 'auto',
        },
      }),
    );
    localStorage.setItem(
      'groq-playground:conversation',
      JSON.stringify({
        version: 1,
        state: {
          draft: 'not sent yet',
          messages: [{ id: 'u1', role: 'user', content: 'Hello from before' }],
        },
      }),
    );
  });
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await expect(playground.model).toHaveValue('qwen/qwen3.8-27b');
  await expect(playground.system).toHaveValue('Be brief.');
  await expect(playground.message).toHaveValue('not sent yet');
  await expect(page.getByRole('textbox', { name: 'User turn 1' })).toHaveValue('Hello from before');
  await expect(page.getByRole('slider', { name: 'Temperature' })).toHaveValue('0.4');
});
