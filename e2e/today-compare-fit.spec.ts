import type { Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { LAPTOP, WIDE } from './support/layout';
import { overlappingControls } from './support/overlaps';
import { todaySimulator } from './support/simulator';

/**
 * A comparison with more panes than fit side by side: the panes keep their readable width and the
 * page says that the others are a sideways scroll away, instead of leaving them unseen past the edge.
 */
test.beforeEach(async ({ page }) => {
  await todaySimulator.clear();
  await new PlaygroundPage(page).reset();
});

const pane = (page: Page, n: number) => page.getByRole('region', { name: `Pane ${n}`, exact: true });
const fitHint = (page: Page) => page.getByRole('status').filter({ hasText: 'panes fit side by side' });

for (const size of [LAPTOP, WIDE]) {
  test(`at ${size.width}×${size.height}, panes that do not fit are announced and reachable by scrolling`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(pane(page, 2)).toBeVisible();
    await expect(fitHint(page)).toHaveCount(0);
    const add = page.getByRole('button', { name: 'Add pane' });
    await add.click();
    await add.click();
    await expect(pane(page, 4)).toBeAttached();
    const row = page.locator('[data-compare-panes]');
    const { clientWidth, scrollWidth } = await row.evaluate((el) => ({
      clientWidth: el.clientWidth,
      scrollWidth: el.scrollWidth,
    }));
    // Four panes of at least 22rem cannot share a 1280 or 1440 px window with the parameters.
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await expect(fitHint(page)).toBeVisible();
    await expect(fitHint(page)).toContainText(/^[1-3] of 4 panes fit side by side/);
    for (const n of [1, 2, 3, 4]) {
      const box = await pane(page, n).boundingBox();
      expect(box?.width ?? 0, `pane ${n} keeps its readable width`).toBeGreaterThanOrEqual(350);
    }
    await pane(page, 4).scrollIntoViewIfNeeded();
    await expect(pane(page, 4)).toBeInViewport();
    expect(await overlappingControls(page)).toEqual([]);
    // Back to two panes: everything fits again and the hint goes.
    await pane(page, 4)
      .getByRole('button', { name: /Remove/ })
      .click();
    await pane(page, 3)
      .getByRole('button', { name: /Remove/ })
      .click();
    await expect(fitHint(page)).toHaveCount(0);
  });
}
