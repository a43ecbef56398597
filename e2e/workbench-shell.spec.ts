import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import {
  chooseTheme,
  documentScroll,
  headerHeight,
  LAPTOP,
  lastBlock,
  PHONE,
  screenshot,
  type ThemeName,
  WIDE,
} from './support/layout';
import { clearSimulatorRequests } from './support/simulator';

test.beforeEach(async ({ page }) => {
  await clearSimulatorRequests();
  await page.setViewportSize(WIDE);
  await new PlaygroundPage(page).reset();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('at 1440×900 a long answer streams inside the conversation while Stop and Temperature stay on screen', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const playground = new PlaygroundPage(page);
  const temperature = page.getByRole('slider', { name: 'Temperature' });
  await playground.send('Write a long guide to Python web servers [sim:tps:120] [sim:tokens:2500]');
  await expect(playground.stop).toBeInViewport();
  await expect(playground.lastAnswer().getByTestId('message-content')).not.toBeEmpty();
  for (let i = 0; i < 3; i += 1) {
    await page.waitForTimeout(400);
    await expect(playground.stop).toBeInViewport({ ratio: 1 });
    await expect(temperature).toBeInViewport({ ratio: 1 });
    await expect(lastBlock(playground)).toBeInViewport();
    expect(await documentScroll(page)).toMatchObject({ top: 0, overflow: 0 });
  }
  await screenshot(page, 'shell-1440-streaming-light');
  await expect(playground.lastAnswer()).toContainText('Status:done', { timeout: 30_000 });
  await expect(lastBlock(playground)).toBeInViewport();
  await expect(playground.submit).toBeInViewport({ ratio: 1 });
  await expect(temperature).toBeInViewport({ ratio: 1 });
  expect(await documentScroll(page)).toMatchObject({ top: 0, overflow: 0 });
});

test('scrolling up while an answer streams stops following; Jump to latest follows again', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Tell me a very long story [sim:tps:150] [sim:tokens:3000]');
  await expect(lastBlock(playground)).toBeInViewport();
  await page.waitForTimeout(800);
  const box = await playground.conversation.boundingBox();
  await page.mouse.move((box?.x ?? 0) + 200, 300);
  await page.mouse.wheel(0, -1500);
  const jump = page.getByRole('button', { name: 'Jump to latest' });
  await expect(jump).toBeVisible();
  await page.waitForTimeout(600);
  await expect(lastBlock(playground)).not.toBeInViewport();
  await jump.click();
  await expect(jump).toBeHidden();
  await page.waitForTimeout(600);
  await expect(lastBlock(playground)).toBeInViewport();
  await playground.stop.click();
});

test('a waiting answer shows a typing indicator until its first token', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Hello [sim:slow:1500] [sim:tokens:20]');
  const typing = playground.lastAnswer().getByTestId('typing-indicator');
  await expect(typing).toBeVisible();
  await expect(typing).toHaveText('Waiting for the first token…');
  await expect(playground.lastAnswer().getByTestId('message-content')).not.toBeEmpty();
  await expect(typing).toBeHidden();
});

test('the header is one row of at most 56 px at 1280, 1440 and 390 px, in Chat and Speech alike', async ({
  page,
}) => {
  for (const size of [LAPTOP, WIDE, PHONE]) {
    await page.setViewportSize(size);
    for (const mode of ['Speech', 'Chat']) {
      const height = await headerHeight(page);
      expect(height, `${size.width} px, before ${mode}`).toBeLessThanOrEqual(56);
      // Every control sits inside that one row.
      for (const control of await page.getByRole('banner').getByRole('button').all()) {
        if (!(await control.isVisible())) continue;
        const box = await control.boundingBox();
        expect((box?.y ?? 99) + (box?.height ?? 0), `${size.width} px`).toBeLessThanOrEqual(56);
      }
      await page.getByRole('tab', { name: mode }).click();
      expect(await headerHeight(page), `${size.width} px, after ${mode}`).toBe(height);
    }
    expect((await documentScroll(page)).overflowX, `${size.width} px`).toBeLessThanOrEqual(0);
  }
  await expect(page.getByRole('combobox', { name: 'Model' })).toBeVisible();
});

test('More is a keyboard menu: Clear, theme; under 640 px also View code and Share', async ({ page }) => {
  const more = page.getByRole('button', { name: 'More' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'More' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Clear' })).toBeFocused();
  await expect(page.getByRole('menuitem', { name: 'View code' })).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'System' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(more).toBeFocused();

  await page.setViewportSize(PHONE);
  await expect(page.getByRole('button', { name: 'View code' })).toBeHidden();
  await more.click();
  await page.getByRole('menuitem', { name: 'View code' }).click();
  await expect(page.getByRole('dialog', { name: 'View code' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(more).toBeFocused();
});

for (const theme of ['light', 'dark'] as ThemeName[]) {
  test(`axe finds nothing serious in ${theme} mode: first screen, an answer, dialogs, the sheet, Speech`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const playground = new PlaygroundPage(page);
    await chooseTheme(page, theme);
    expect(await seriousViolations(page), 'first screen').toEqual([]);
    await screenshot(page, `first-screen-1440-${theme}`);

    await playground.send('Compare Python and TypeScript for web servers [sim:tokens:200]');
    await expect(playground.lastAnswer()).toContainText('Status:done');
    expect(await seriousViolations(page), 'with an answer').toEqual([]);
    await screenshot(page, `answer-1440-${theme}`);

    await playground.lastAnswer().getByRole('button', { name: 'Inspect' }).click();
    await expect(page.getByRole('dialog', { name: 'Inspect' })).toBeVisible();
    expect(await seriousViolations(page), 'Inspect').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'View code' }).click();
    await expect(page.getByRole('dialog', { name: 'View code' })).toBeVisible();
    expect(await seriousViolations(page), 'View code').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitem', { name: 'Clear' }).click();
    await expect(page.getByRole('dialog', { name: 'Clear the conversation?' })).toBeVisible();
    expect(await seriousViolations(page), 'Clear dialog').toEqual([]);
    await page.getByRole('button', { name: 'Keep it' }).click();

    await page.getByRole('tab', { name: 'Speech' }).click();
    await expect(page.locator('[data-speech-ready="true"]')).toBeVisible();
    expect(await seriousViolations(page), 'Speech').toEqual([]);
    await screenshot(page, `speech-1440-${theme}`);
    await page.getByRole('tab', { name: 'Chat' }).click();

    await page.setViewportSize(PHONE);
    await screenshot(page, `answer-390-${theme}`);
    await page.getByRole('button', { name: 'Parameters' }).click();
    await expect(page.getByRole('dialog', { name: 'Parameters' })).toBeVisible();
    expect(await seriousViolations(page), 'Parameters sheet').toEqual([]);
    await screenshot(page, `parameters-390-${theme}`);
  });
}
