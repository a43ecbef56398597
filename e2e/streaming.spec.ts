import { E2E_API_KEY } from '../playwright.config';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
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

  // One compact line under the answer; Details opens every figure.
  await playground.lastAnswer().getByText('Details', { exact: true }).click();
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
  // Esc in a dialog closes the dialog only: the answer keeps streaming.
  await page.getByRole('button', { name: 'View code' }).click();
  const dialog = page.getByRole('dialog', { name: 'View code' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(playground.stop).toBeVisible();
  await expect(playground.lastAnswer()).toContainText('Status:streaming');
  await page.keyboard.press('Escape');
  await expect(playground.lastAnswer()).toContainText('Status:stopped');
  // The end of a run is announced once, politely (the streamed text itself is not live).
  await expect(page.getByRole('status').filter({ hasText: 'Answer stopped.' })).toHaveCount(1);
});

test('a rate-limited request shows the retry time from Groq', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Hello there [sim:429:12]');
  const alert = playground.lastAnswer().getByRole('alert');
  await expect(alert).toContainText('429');
  await expect(alert).toContainText('rate_limit_exceeded');
  await expect(alert).toContainText(/retry in 1[12] s/);
});

test('an error mid-stream keeps the partial text and says what happened', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Start answering then fail [sim:stream_error] [sim:tokens:80]');
  await expect(playground.lastAnswer().getByRole('alert')).toBeVisible();
  await expect(playground.lastAnswer().getByTestId('message-content')).not.toBeEmpty();
  await expect(playground.lastAnswer()).toContainText('Status:error');
});

test('a base64 image over 4 MB is refused before sending, and the server answers 413 too', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('llama-3.2-11b-vision-preview');
  // Just over Groq's 4 MB base64 limit, yet under this deployment's 4.4 MB body limit.
  const big = `data:image/png;base64,${'A'.repeat(4_250_000)}`;
  await playground.openAttachPanel();
  await playground.imageUrl.fill(big);
  await playground.message.fill('What is in this image?');
  await expect(page.getByRole('alert').filter({ hasText: '4 MB' }).first()).toBeVisible();
  await expect(playground.submit).toBeDisabled();

  // The server never trusts the browser: the same body sent directly gets Groq's 413.
  const response = await page.request.post('/api/chat', {
    data: {
      model: 'llama-3.2-11b-vision-preview',
      messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: big } }] }],
    },
  });
  expect(response.status()).toBe(413);
  const { error } = await response.json();
  expect(error).toMatchObject({ status: 413, code: 'request_too_large' });
  expect(error.message).toContain('Request Entity Too Large: base64 encoded images are limited to 4MB');
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
