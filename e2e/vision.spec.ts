import type { Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { corruptPng, loggedStringLength, noisyBmp, textFile, tinyPng } from './support/images';
import { chatRequests, clearSimulatorRequests } from './support/simulator';

const PREVIEW = 'llama-3.2-11b-vision-preview';
const FOUR_MB = 4 * 1024 * 1024;

test.beforeEach(async ({ page }) => {
  await clearSimulatorRequests();
  await new PlaygroundPage(page).reset();
});

const fileInput = (page: Page) => page.locator('input[type=file]');
const attachButton = (page: Page) => page.getByRole('button', { name: 'Attach image' });
/** An alert with this text (Next's route announcer is an empty alert too). */
const alert = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });
const draftImages = (page: Page) => page.getByRole('list', { name: 'Images to send' }).getByRole('listitem');

/** Counts the browser's calls to /api/chat from now on. */
function countChatCalls(page: Page): { count: () => number } {
  let calls = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/chat')) calls += 1;
  });
  return { count: () => calls };
}

test('a 6 MB photo is resized in the browser and sent under 4 MB', async ({ page }) => {
  test.setTimeout(60_000);
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption(PREVIEW);
  const photo = noisyBmp('photo.bmp');
  expect(photo.buffer.length).toBeGreaterThan(6_000_000);

  await fileInput(page).setInputFiles(photo);
  const notice = page.getByRole('status').filter({ hasText: 'photo.bmp was' });
  await expect(notice).toContainText(
    /photo\.bmp was 8\.\d\d MB as base64 \(1450×1450\); (resized to|re-encoded as JPEG at) [0-3]\.\d\d MB \(\d+×\d+\) to fit Groq's 4 MB limit\./,
    { timeout: 20_000 },
  );
  await expect(draftImages(page)).toHaveCount(1);

  const sent = page.waitForRequest('**/api/chat');
  await playground.send('What is in this photo?');
  const body = (await sent).postDataJSON();
  const url: string = body.messages[0].content[1].image_url.url;
  expect(url.startsWith('data:image/jpeg;base64,')).toBe(true);
  expect(url.length).toBeLessThanOrEqual(FOUR_MB);

  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(playground.lastAnswer()).toContainText('one image (a JPEG image of about');
  const [upstream] = await chatRequests();
  const upstreamBody = upstream?.body as { messages: { content: { image_url?: { url: string } }[] }[] };
  const parts = upstreamBody.messages[0]?.content ?? [];
  expect(parts.filter((p) => p.image_url)).toHaveLength(1);
  expect(loggedStringLength(parts[1]?.image_url?.url ?? '')).toBe(url.length);

  // The turn shows a thumbnail that opens the full image.
  await expect(draftImages(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Attachment 1' }).click();
  const viewer = page.getByRole('dialog', { name: 'Attachment 1' });
  await expect(viewer.getByRole('img', { name: 'Attachment 1' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  // Uploads are not written to localStorage: after a reload the turn says so.
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(page.getByText('Uploaded image not kept after reload')).toBeVisible();
  await expect(playground.lastAnswer()).toContainText('Status:done');
});

test('a photo too big even as JPEG is shrunk to fewer pixels until it fits', async ({ page }) => {
  test.setTimeout(90_000);
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption(PREVIEW);
  await fileInput(page).setInputFiles(noisyBmp('big.bmp', 2600, 2600));
  const notice = page.getByRole('status').filter({ hasText: 'big.bmp was' });
  await expect(notice).toContainText(
    /big\.bmp was 25\.\d\d MB as base64 \(2600×2600\); resized to [0-3]\.\d\d MB \((\d+)×\1\) to fit Groq's 4 MB limit\./,
    { timeout: 45_000 },
  );
  const sent = page.waitForRequest('**/api/chat');
  await playground.send('And this one?');
  const url: string = (await sent).postDataJSON().messages[0].content[1].image_url.url;
  expect(url.length).toBeLessThanOrEqual(FOUR_MB);
  await expect(playground.lastAnswer()).toContainText('Status:done');
});

test('a second image on Llama 3.2 11B Vision is refused before anything is sent', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  const calls = countChatCalls(page);
  await playground.model.selectOption(PREVIEW);
  await fileInput(page).setInputFiles(tinyPng('first.png'));
  await expect(page.getByRole('status').filter({ hasText: 'first.png attached' })).toBeVisible();
  await fileInput(page).setInputFiles(tinyPng('second.png'));
  await expect(draftImages(page)).toHaveCount(2);

  const reason = 'Llama 3.2 11B Vision accepts one image per request; remove one before sending.';
  await expect(alert(page, reason)).toBeVisible();
  await expect(playground.submit).toBeDisabled();
  await expect(playground.submit).toHaveAccessibleDescription(reason);
  await playground.message.fill('Compare these');
  await playground.message.press('Control+Enter');
  await page.waitForTimeout(300);
  expect(calls.count()).toBe(0);
  expect(await chatRequests()).toHaveLength(0);
  await expect(playground.conversation.getByRole('listitem')).toHaveCount(0);

  // A typed URL counts too; removing the extra images makes the request sendable.
  await page.getByRole('button', { name: 'Remove image 2' }).click();
  await expect(playground.submit).toBeEnabled();
  await playground.openAttachPanel();
  await playground.imageUrl.fill('https://example.com/dog.jpg');
  await expect(alert(page, reason)).toBeVisible();
  await playground.imageUrl.fill('');
  await playground.submit.click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const [upstream] = await chatRequests();
  expect(JSON.stringify(upstream?.body).match(/"type":"image_url"/g)).toHaveLength(1);
});

test('a system prompt next to an image is moved into the message, then the request goes through', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption(PREVIEW);
  await playground.system.fill('You are terse.');
  await playground.message.fill('What is in this picture?');
  await fileInput(page).setInputFiles(tinyPng('cat.png'));

  const warning = alert(page, 'does not accept a system prompt');
  await expect(warning).toContainText(
    'Llama 3.2 11B Vision does not accept a system prompt together with an image',
  );
  await expect(playground.submit).toBeDisabled();
  await warning.getByRole('button', { name: 'Move system prompt into message' }).click();
  await expect(playground.system).toHaveValue('');
  await expect(playground.message).toHaveValue('You are terse.\n\nWhat is in this picture?');
  await expect(warning).toBeHidden();

  await playground.submit.click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const [upstream] = await chatRequests();
  expect(upstream?.status).toBe(200);
  expect(upstream?.body).toMatchObject({
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'You are terse.\n\nWhat is in this picture?' },
          { type: 'image_url' },
        ],
      },
    ],
  });
});

test('a text file or a broken image is refused with a message naming it', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption(PREVIEW);
  await fileInput(page).setInputFiles(textFile('notes.txt'));
  await expect(alert(page, 'notes.txt')).toHaveText(
    'notes.txt is not an image (text/plain); attach a PNG, JPEG, GIF or WebP file.',
  );
  await fileInput(page).setInputFiles(corruptPng('broken.png'));
  await expect(alert(page, 'broken.png')).toContainText('broken.png could not be read as an image');
  await expect(draftImages(page)).toHaveCount(0);
});

test('a text-only model refuses an image when one is attached, and Switch to a vision model fixes that', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await expect(playground.model).toHaveValue('llama-3.1-8b-instant');
  await expect(page.getByText('does not accept images.')).toBeHidden();
  await attachButton(page).click();
  await expect(alert(page, 'Llama 3.1 8B Instant does not accept images.')).toBeVisible();
  await expect(playground.imageUrl).toBeHidden();

  await page.getByRole('button', { name: 'Switch to a vision model' }).click();
  await expect(playground.model).toHaveValue(PREVIEW);
  await expect(playground.imageUrl).toBeVisible();
  await expect(page.getByText('does not accept images.')).toBeHidden();
});

test('images can be dropped on the composer, pasted into the message, or added by URL', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('llama-3.2-90b-vision-preview');
  const base64 = tinyPng().buffer.toString('base64');
  await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'dropped.png', { type: 'image/png' }));
    const message = document.querySelector('textarea[placeholder^="Message"]');
    message?.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    message?.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, base64);
  await expect(page.getByRole('status').filter({ hasText: 'dropped.png attached' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove image 1' }).click();

  await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
    const message = document.querySelector('textarea[placeholder^="Message"]');
    message?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, base64);
  await expect(page.getByRole('status').filter({ hasText: 'image.png attached' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove image 1' }).click();

  await playground.openAttachPanel();
  await expect(page.getByText('Groq fetches image URLs itself; up to 20 MB')).toBeVisible();
  await playground.imageUrl.fill('not a url');
  await playground.imageUrl.press('Enter');
  await expect(alert(page, 'Enter an http(s) image URL')).toBeVisible();
  await playground.imageUrl.fill('https://example.com/cat.jpg');
  await playground.imageUrl.press('Enter');
  await expect(playground.imageUrl).toHaveValue('');
  await expect(draftImages(page)).toHaveCount(1);
  await playground.send('Describe it');
  await expect(playground.lastAnswer()).toContainText('the image at example.com');
});
