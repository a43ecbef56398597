import type { Locator, Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { chooseTheme, LAPTOP, PHONE, screenshot, type ThemeName, WIDE } from './support/layout';
import { overlappingControls, seriousViolations } from './support/overlaps';
import { todaySimulator } from './support/simulator';

/**
 * What a new user sees at a phone (390×844), a laptop (1280×800) and a wide screen (1440×900): no
 * control or stats line drawn over another in chat, Compare and the dataset view; the model's full
 * id on screen; Compare's answer area never squeezed to nothing; toasts clear of the composer; a
 * message sent before the model list is ready is kept and sent; axe finds nothing serious.
 */
test.beforeEach(async ({ page }) => {
  await todaySimulator.clear();
  await new PlaygroundPage(page).reset();
});

const SIZES = [PHONE, LAPTOP, WIDE];
const pane = (page: Page, n: number) => page.getByRole('region', { name: `Pane ${n}`, exact: true });

async function openCompare(page: Page) {
  if (page.viewportSize()?.width === PHONE.width) {
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitem', { name: 'Compare' }).click();
  } else {
    await page.getByRole('button', { name: 'Compare' }).click();
  }
  await expect(pane(page, 1)).toBeVisible();
}

/** The visible Model picker's text shows the whole id, uncut. */
async function expectFullModelId(picker: Locator, id: string) {
  const shown = picker.locator('xpath=..').getByText(id, { exact: true });
  await expect(shown).toBeVisible();
  const cut = await shown.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(cut, `${id} is cut`).toBe(false);
}

for (const size of SIZES) {
  test(`chat at ${size.width}×${size.height}: the model's full id, an answer, nothing drawn over anything`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const playground = new PlaygroundPage(page);
    await expectFullModelId(playground.model, 'openai/gpt-oss-120b');
    await playground.send('Give me a table and a heading [sim:tokens:120]');
    await expect(playground.lastAnswer()).toContainText('Status:done');
    // The answer's stats are one line with Details, not fourteen label:value pairs.
    await expect(playground.lastAnswer().getByText(/ms to first token · \d+ tokens\/s/)).toBeVisible();
    await expect(playground.lastAnswer().getByLabel('Answer statistics')).toBeHidden();
    await playground.lastAnswer().getByText('Details', { exact: true }).click();
    await expect(playground.lastAnswer().getByLabel('Answer statistics')).toBeVisible();
    expect(await overlappingControls(page)).toEqual([]);
    await screenshot(page, `layout-chat-${size.width}`);
  });

  test(`Compare at ${size.width}×${size.height}: two panes race, answers have room, nothing overlaps`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const playground = new PlaygroundPage(page);
    await openCompare(page);
    await expectFullModelId(pane(page, 1).getByRole('combobox', { name: 'Model' }), 'openai/gpt-oss-120b');
    await playground.message.fill('Race with a table [sim:tokens:150] [sim:tps:300]');
    await playground.message.press('Control+Enter');
    const answer = pane(page, 1).getByRole('listitem', { name: 'Assistant message' });
    await expect(answer).toContainText('Status:done', { timeout: 15_000 });
    await expect(page.getByRole('region', { name: 'Race summary' })).toContainText('(fastest)');

    if (size.width === PHONE.width) {
      // One pane at a time behind tabs; pane 2 is a tab away.
      await expect(page.getByRole('tab', { name: 'Pane 1' })).toHaveAttribute('aria-selected', 'true');
      await expect(pane(page, 2)).toBeHidden();
      await page.getByRole('tab', { name: 'Pane 2' }).click();
      await expect(pane(page, 2)).toBeVisible();
      await page.getByRole('tab', { name: 'Pane 1' }).click();
    } else {
      await expect(pane(page, 2)).toBeVisible();
      const [one, two] = [await pane(page, 1).boundingBox(), await pane(page, 2).boundingBox()];
      expect(one?.width ?? 0, 'a pane is at least 22rem wide').toBeGreaterThanOrEqual(350);
      expect((one?.x ?? 0) + (one?.width ?? 0)).toBeLessThanOrEqual((two?.x ?? 0) + 1);
    }
    // The answer area is never squeezed to nothing: scrolled to, pane 1's answer shows its text.
    await answer.getByTestId('message-content').scrollIntoViewIfNeeded();
    const text = await answer.getByTestId('message-content').boundingBox();
    expect(text?.height ?? 0).toBeGreaterThan(40);
    await expect(answer.getByTestId('message-content')).toBeInViewport();
    expect(await overlappingControls(page)).toEqual([]);
    await screenshot(page, `layout-compare-${size.width}`);
  });

  test(`the dataset view at ${size.width}×${size.height}: Run all results as markdown, nothing overlaps`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await new PlaygroundPage(page).message.fill('Describe {{city}} with a heading [sim:tokens:80]');
    if (size.width < 1024) await page.getByRole('button', { name: 'Parameters' }).click();
    await page.getByRole('button', { name: 'Dataset', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Dataset' });
    await dialog.getByRole('textbox', { name: 'Dataset' }).fill('city\nParis\nRome\n');
    await dialog.getByRole('button', { name: 'Run all' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: '2 of 2' })).toContainText('finished');
    const table = dialog.getByRole('table', { name: 'Results' });
    // Rendered markdown, never its syntax.
    await expect(table.getByRole('heading').first()).toBeVisible();
    await expect(table).not.toContainText('**');
    await expect(table).not.toContainText('# ');
    const expand = table.getByRole('button', { name: 'Expand answer 1' });
    await expand.click();
    await expect(table.getByRole('button', { name: 'Collapse answer 1' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // The row's own conversation did not open: Expand only unfolds the cell.
    await expect(dialog.getByRole('region', { name: 'row-1 as a conversation' })).toHaveCount(0);
    expect(await overlappingControls(page)).toEqual([]);
    await screenshot(page, `layout-dataset-${size.width}`);
  });
}

for (const size of SIZES) {
  test(`Speech at ${size.width}×${size.height}: nothing drawn over anything`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.getByRole('tab', { name: 'Speech' }).click();
    await expect(page.locator('[data-speech-ready="true"]')).toBeVisible();
    expect(await overlappingControls(page)).toEqual([]);
    await screenshot(page, `layout-speech-${size.width}`);
  });
}

test('the Share toast at 1280×800 covers neither Submit nor Attach image', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize(LAPTOP);
  const playground = new PlaygroundPage(page);
  await playground.message.fill('Hello');
  await page.getByRole('button', { name: 'Share' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Link copied.' });
  await expect(toast).toBeVisible();
  const box = await toast.boundingBox();
  for (const control of [playground.submit, page.getByRole('button', { name: 'Attach image' })]) {
    const other = await control.boundingBox();
    const apart =
      !box ||
      !other ||
      box.x + box.width <= other.x ||
      other.x + other.width <= box.x ||
      box.y + box.height <= other.y ||
      other.y + other.height <= box.y;
    expect(apart).toBe(true);
  }
});

test('Ctrl+Enter while /api/models is slow says it is getting ready, then sends once', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/models', async (route) => {
    await held;
    await route.continue();
  });
  // A first visit: no saved model, so the live list has to choose one before anything can be sent.
  await page.evaluate(() => {
    localStorage.clear();
    window.addEventListener('pagehide', () => localStorage.clear());
  });
  await page.goto('/');
  const playground = new PlaygroundPage(page);
  await expect(page.getByText('Getting the model list ready…')).toBeVisible();
  await playground.message.fill('Sent before the list arrived [sim:tokens:5]');
  await playground.message.press('Control+Enter');
  await expect(page.getByText('Your message is kept and will be sent as soon as it is.')).toBeVisible();
  expect(await todaySimulator.chatRequests()).toHaveLength(0);
  release();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const sent = await todaySimulator.chatRequests();
  expect(sent).toHaveLength(1);
  expect(JSON.stringify(sent[0]?.body)).toContain('Sent before the list arrived');
});

for (const theme of ['light', 'dark'] as ThemeName[]) {
  test(`axe finds nothing serious in ${theme} mode: chat, Compare, the dataset view`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(LAPTOP);
    const playground = new PlaygroundPage(page);
    await chooseTheme(page, theme);
    await playground.send('A short answer with **bold** [sim:tokens:40]');
    await expect(playground.lastAnswer()).toContainText('Status:done');
    expect(await seriousViolations(page), 'chat').toEqual([]);

    await openCompare(page);
    await playground.message.fill('Race [sim:tokens:30]');
    await playground.message.press('Control+Enter');
    await expect(page.getByRole('region', { name: 'Race summary' })).toBeVisible({ timeout: 15_000 });
    expect(await seriousViolations(page), 'Compare').toEqual([]);
    await screenshot(page, `layout-compare-1280-${theme}`);
    await page.getByRole('button', { name: 'Compare' }).click();

    await playground.message.fill('About {{city}} [sim:tokens:30]');
    await page.getByRole('button', { name: 'Dataset', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Dataset' });
    await dialog.getByRole('textbox', { name: 'Dataset' }).fill('city\nOslo\n');
    await dialog.getByRole('button', { name: 'Run all' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: '1 of 1' })).toContainText('finished');
    expect(await seriousViolations(page), 'dataset view').toEqual([]);
  });
}
