import { encodeShareState } from '../lib/share/share-link';
import type { ShareStateV2 } from '../lib/share/share-schema';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';

/** Model ids used by this spec, in one place so the model lineup can change without hunting. */
const MODELS = { vision: 'meta-llama/llama-4-scout-17b-16e-instruct' };
const IMAGE = 'https://images.example/beacon.png';

// A version 2 link (the format before today's parameters): it still opens, migrated.
const sharedState: ShareStateV2 = {
  v: 2,
  model: MODELS.vision,
  system: '',
  messages: [{ role: 'user', content: 'What is in this picture?', images: [IMAGE] }],
  parameters: {
    temperature: 1,
    maxCompletionTokens: 1024,
    topP: 1,
    seed: null,
    stop: [],
    stream: true,
    jsonMode: false,
    moderation: false,
    reasoningFormat: 'parsed',
  },
  tools: [],
  toolChoice: 'auto',
  parallelToolCalls: true,
};

test('a share link asks before loading images its author chose, and can open without them', async ({
  page,
}) => {
  const fetched: string[] = [];
  await page.route('https://images.example/**', async (route) => {
    fetched.push(route.request().url());
    await route.fulfill({ status: 404, body: '' });
  });
  const playground = new PlaygroundPage(page);
  await playground.reset();
  await page.goto(`/#${encodeShareState(sharedState)}`);
  const dialog = page.getByRole('dialog', { name: 'Load images from other sites?' });
  await expect(dialog).toContainText('This link shows images from images.example — load them?');
  await dialog.getByRole('button', { name: 'Open without images' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Shared prompt opened' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Attached images' })).toHaveCount(0);
  expect(fetched).toEqual([]);

  await playground.reset();
  await page.goto(`/#${encodeShareState(sharedState)}`);
  await page.getByRole('button', { name: 'Load images' }).click();
  await expect(page.getByRole('list', { name: 'Attached images' })).toBeVisible();
  await expect.poll(() => fetched).toContain(IMAGE);
});
