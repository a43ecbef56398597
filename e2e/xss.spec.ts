import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';

test('hostile model output renders as text: nothing executes, no unsafe links', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const playground = new PlaygroundPage(page);
  await playground.reset();
  await playground.send('Show me the rendering check [sim:xss]');
  const answer = playground.lastAnswer();
  await expect(answer).toContainText('Status:done');
  await expect(answer).toContainText('Plain text after the payloads');

  const content = answer.getByTestId('message-content');
  await content
    .getByText('hover me')
    .hover()
    .catch(() => undefined);
  for (const link of await content.getByRole('link').all())
    await link.click({ modifiers: ['ControlOrMeta'] }).catch(() => undefined);
  await page.waitForTimeout(300);

  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await content.locator('script, iframe, svg, style, form, img').count()).toBe(0);
  const hrefs = await content.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/);
  const handlers = await content.evaluate((root) =>
    [...root.querySelectorAll('*')]
      .flatMap((el) => [...el.attributes].map((a) => a.name))
      .filter((n) => n.startsWith('on')),
  );
  expect(handlers).toEqual([]);
  await expect(content).toContainText('<script>');
});
