import { expect, test } from '@playwright/test';
import { E2E_API_KEY } from '../playwright.config';
import { PlaygroundPage } from './pages/playground-page';
import { chatRequests, clearSimulatorRequests } from './support/simulator';

test.beforeEach(async ({ page }) => {
  await clearSimulatorRequests();
  await new PlaygroundPage(page).reset();
});

test('a streamed answer arrives in several pieces, then shows its stats', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Explain why fast inference matters [sim:tps:60] [sim:tokens:120]');
  const content = playground.lastAnswer().getByTestId('message-content');

  const lengths = new Set<number>();
  await expect
    .poll(
      async () => {
        lengths.add(((await content.textContent()) ?? '').length);
        return (await playground.stop.isVisible()) ? 'streaming' : 'finished';
      },
      { intervals: [50], timeout: 15_000 },
    )
    .toBe('finished');
  lengths.delete(0);
  expect(lengths.size).toBeGreaterThanOrEqual(3);

  const stats = playground.lastAnswer().getByRole('definition');
  await expect(playground.lastAnswer()).toContainText('Finish reason:stop');
  await expect(playground.lastAnswer()).toContainText('Output tokens:120');
  await expect(stats.first()).toHaveText('done');
  await expect(playground.lastAnswer()).toContainText(/Request id:req_/);
});

test('the event stream reaches the browser incrementally, not at the end', async ({ page }) => {
  await page.goto('/');
  const reads = await page.evaluate(async () => {
    const response = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'llama-3.1-8b-instant',
        stream: true,
        messages: [{ role: 'user', content: 'Count to fifty [sim:tps:40] [sim:tokens:60]' }],
      }),
    });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const seen: string[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      seen.push(decoder.decode(value));
    }
    return seen;
  });
  expect(reads.length).toBeGreaterThan(5);
  expect(reads[0]).toContain('event: start');
  expect(reads.at(-1)).toContain('event: done');
});

test('Stop keeps the partial answer and aborts the upstream request', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Tell me a very long story [sim:tps:20] [sim:tokens:3000]');
  const content = playground.lastAnswer().getByTestId('message-content');
  await expect(content).not.toBeEmpty();
  await expect(playground.stop).toBeVisible();
  await playground.stop.click();

  await expect(playground.stop).toBeHidden();
  await expect(playground.lastAnswer()).toContainText('Status:stopped');
  const kept = (await content.textContent()) ?? '';
  expect(kept.length).toBeGreaterThan(0);

  await expect
    .poll(async () => (await chatRequests()).at(-1)?.aborted, { timeout: 3_000, intervals: [100] })
    .toBe(true);
  // Nothing more arrives after Stop.
  await page.waitForTimeout(300);
  expect((await content.textContent()) ?? '').toBe(kept);
});

test('Esc stops a streaming answer from the keyboard', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.message.fill('Another long answer [sim:tps:20] [sim:tokens:3000]');
  await playground.message.press('Control+Enter');
  await expect(playground.stop).toBeVisible();
  await expect(playground.lastAnswer().getByTestId('message-content')).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(playground.lastAnswer()).toContainText('Status:stopped');
});

test('a rate-limited request shows the retry time from Groq', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Hello there [sim:429:12]');
  const alert = playground.lastAnswer().getByRole('alert');
  await expect(alert).toContainText('429');
  await expect(alert).toContainText('rate_limit_exceeded');
  await expect(alert).toContainText('retry in 12 s');
});

test('an error mid-stream keeps the partial text and says what happened', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Start answering then fail [sim:stream_error] [sim:tokens:80]');
  await expect(playground.lastAnswer().getByRole('alert')).toBeVisible();
  await expect(playground.lastAnswer().getByTestId('message-content')).not.toBeEmpty();
  await expect(playground.lastAnswer()).toContainText('Status:error');
});

test('a base64 image over 4 MB is refused with 413 and never reaches Groq', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('llama-3.2-11b-vision-preview');
  const big = `data:image/png;base64,${'A'.repeat(5 * 1024 * 1024)}`;
  await playground.imageUrl.fill(big);
  await playground.send('What is in this image?');
  const alert = playground.lastAnswer().getByRole('alert');
  await expect(alert).toContainText('413');
  await expect(alert).toContainText('Request Entity Too Large');
  await expect(alert).toContainText('4MB');
  expect(await chatRequests()).toHaveLength(0);
});

test('the upstream request carries the key and exactly the fields the browser sent', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.system.fill('You are terse.');
  const sent = page.waitForRequest('**/api/chat');
  await playground.send('Name three rivers [sim:tokens:20]');
  const browserBody = (await sent).postDataJSON();
  await expect(playground.lastAnswer()).toContainText('Status:done');

  const [upstream] = await chatRequests();
  expect(upstream?.authorized).toBe(true);
  expect(upstream?.body).toEqual(browserBody);

  const html = await page.content();
  expect(html).not.toContain(E2E_API_KEY);
});
