import AxeBuilder from '@axe-core/playwright';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { chooseTheme } from './support/layout';
import { chatRequests, clearSimulatorRequests } from './support/simulator';

test.beforeEach(async ({ page }) => {
  await clearSimulatorRequests();
  await new PlaygroundPage(page).reset();
});

test('pick a model, write system and user, and watch markdown stream in with stats', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('llama3-70b-8192');
  await playground.system.fill('You are a helpful assistant.');
  await playground.send('Compare Python and TypeScript for web servers');

  const answer = playground.lastAnswer();
  await expect(answer).toContainText('Status:done');
  await expect(answer.getByRole('heading').first()).toBeVisible();
  await expect(answer.getByRole('table')).toBeVisible();
  await expect(answer.getByRole('button', { name: 'Copy code' }).first()).toBeVisible();
  await expect(answer).toContainText(/Time to first token:\d+ ms/);
  await expect(answer).toContainText(/Tokens\/s:\d+/);
  await expect(answer).toContainText(/Input tokens:\d+/);
  await expect(answer).toContainText(/Queue time:[\d.]+ s/);

  const [upstream] = await chatRequests();
  expect(upstream?.model).toBe('llama3-70b-8192');
  expect(upstream?.body).toMatchObject({
    messages: [
      { role: 'system', content: 'You are a helpful assistant.' },
      { role: 'user', content: 'Compare Python and TypeScript for web servers' },
    ],
  });
});

test('Ctrl+Enter in the System box submits, like in the composer', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.message.fill('Hi [sim:tokens:3]');
  await playground.system.fill('Be brief.');
  await playground.system.press('Control+Enter');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(playground.system).toHaveValue('Be brief.');
  expect((await chatRequests())[0]?.body).toMatchObject({
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi [sim:tokens:3]' },
    ],
  });
});

test('edit an earlier turn in place, then regenerate the answer from it', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Tell me about volcanoes [sim:tokens:40]');
  await expect(playground.lastAnswer()).toContainText('Status:done');

  await page.getByRole('textbox', { name: 'User turn 1' }).fill('Tell me about glaciers [sim:tokens:40]');
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(page.getByRole('listitem', { name: 'Assistant message' })).toHaveCount(1);
  await expect(playground.lastAnswer().getByTestId('message-content')).toContainText(/glaciers/i);

  const requests = await chatRequests();
  expect(JSON.stringify(requests.at(-1)?.body)).toContain('glaciers');
});

test('turns can change role, move, and be deleted; Add message adds a turn', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByRole('textbox', { name: 'User turn 1' }).fill('first');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByRole('textbox', { name: 'Assistant turn 2' }).fill('second');

  await page
    .getByRole('listitem', { name: 'Assistant message' })
    .getByRole('button', { name: 'Assistant' })
    .click();
  await expect(page.getByRole('textbox', { name: 'User turn 2' })).toHaveValue('second');
  await page.getByRole('listitem').nth(1).getByRole('button', { name: 'Move message up' }).press('Enter');
  await expect(page.getByRole('textbox', { name: 'User turn 1' })).toHaveValue('second');
  // From the keyboard, focus stays with the moved turn (its Up is now disabled: Down takes it)...
  await expect(
    page.getByRole('listitem').first().getByRole('button', { name: 'Move message down' }),
  ).toBeFocused();
  await page.getByRole('listitem').first().getByRole('button', { name: 'Delete message' }).press('Enter');
  await expect(page.getByRole('textbox', { name: 'User turn 1' })).toHaveValue('first');
  await expect(playground.conversation.getByRole('listitem')).toHaveCount(1);
  // ...and a deleted turn hands it to Add message, not to the page body.
  await expect(page.getByRole('button', { name: 'Add message' })).toBeFocused();
});

test('reload the page and find the conversation, settings and model again', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('gemma2-9b-it');
  await playground.system.fill('Answer in French.');
  await page.getByRole('spinbutton', { name: 'Temperature' }).fill('0.4');
  await page.getByRole('spinbutton', { name: 'Temperature' }).press('Enter');
  await playground.send('Bonjour [sim:tokens:20]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const answerText = await playground.lastAnswer().getByTestId('message-content').textContent();

  await playground.goto();
  await expect(playground.model).toHaveValue('gemma2-9b-it');
  await expect(playground.system).toHaveValue('Answer in French.');
  await expect(page.getByRole('slider', { name: 'Temperature' })).toHaveValue('0.4');
  await expect(page.getByRole('textbox', { name: 'User turn 1' })).toHaveValue('Bonjour [sim:tokens:20]');
  await expect(playground.lastAnswer().getByTestId('message-content')).toHaveText(answerText ?? '');
  await expect(playground.lastAnswer()).toContainText('Finish reason:stop');
});

test('sliders and fields shape the request; Reset parameters restores Groq defaults', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  const maxTokens = page.getByRole('spinbutton', { name: 'Max Completion Tokens' });
  await maxTokens.fill('12');
  await maxTokens.press('Enter');
  await page.getByRole('textbox', { name: 'Seed' }).fill('42');
  await page.getByRole('textbox', { name: 'Stop Sequences' }).fill('zebra');
  await page.getByRole('textbox', { name: 'Stop Sequences' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Remove stop sequence zebra' })).toBeVisible();
  await playground.send('Write a long essay about the sea');
  await expect(playground.lastAnswer()).toContainText('Finish reason:length');
  await expect(playground.lastAnswer()).toContainText('Output tokens:12');
  expect((await chatRequests())[0]?.body).toMatchObject({
    max_completion_tokens: 12,
    seed: 42,
    stop: ['zebra'],
  });

  await page.getByRole('button', { name: 'Reset parameters' }).click();
  await expect(maxTokens).toHaveValue('1024');
  await expect(page.getByRole('slider', { name: 'Temperature' })).toHaveValue('1');
  await expect(page.getByRole('slider', { name: 'Top P' })).toHaveValue('1');
  await expect(page.getByRole('switch', { name: 'Stream' })).toBeChecked();
});

test("changing the model clamps Max Completion Tokens to the new model's maximum and says so", async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('llama-3.1-70b-versatile');
  const maxTokens = page.getByRole('spinbutton', { name: 'Max Completion Tokens' });
  await maxTokens.fill('32768');
  await maxTokens.press('Enter');
  await expect(page.getByRole('slider', { name: 'Max Completion Tokens' })).toHaveValue('32768');
  await playground.model.selectOption('llama-3.1-8b-instant');
  await expect(maxTokens).toHaveValue('8192');
  await expect(page.getByRole('status').filter({ hasText: 'lowered from 32768 to 8192' })).toBeVisible();
});

test('Response Format JSON Object turns off Stream and Stop Sequences and says why', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Response Format' }).selectOption('json_object');
  await expect(page.getByRole('switch', { name: 'Stream' })).toBeDisabled();
  await expect(page.getByRole('switch', { name: 'Stream' })).not.toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Stop Sequences' })).toBeDisabled();
  // The reason is written once, under Response Format; Stream and Stop Sequences point there.
  await expect(page.getByText('JSON answers are not streamed and take no stop sequences')).toHaveCount(1);
  await expect(page.getByText('JSON answers are not streamed and take no stop sequences')).toBeVisible();
  await expect(page.getByText('Off while Response Format is JSON.')).toHaveCount(2);
});

test('?model= in the URL selects the model', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.goto('/?model=mixtral-8x7b-32768');
  await expect(playground.model).toHaveValue('mixtral-8x7b-32768');
});

test('View code shows the exact request in four languages and copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new PlaygroundPage(page);
  await playground.system.fill('Be concise.');
  await playground.message.fill('Hello "world"');
  await page.getByRole('button', { name: 'View code' }).click();
  const dialog = page.getByRole('dialog', { name: 'View code' });
  await expect(dialog).toBeVisible();
  for (const name of ['curl', 'Python', 'JavaScript', 'JSON']) {
    await expect(dialog.getByRole('tab', { name })).toBeVisible();
  }
  await expect(dialog.getByRole('tabpanel')).toContainText('$GROQ_API_KEY');
  await dialog.getByRole('tab', { name: 'JSON' }).click();
  const json = JSON.parse((await dialog.getByRole('tabpanel').locator('code').textContent()) ?? '{}');
  expect(json).toMatchObject({
    model: 'llama-3.1-8b-instant',
    messages: [
      { role: 'system', content: 'Be concise.' },
      { role: 'user', content: 'Hello "world"' },
    ],
    stream: true,
  });
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(copied)).toEqual(json);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Inspect shows the request, the assembled response and the rate limits', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Hello [sim:tokens:15]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await playground.lastAnswer().getByRole('button', { name: 'Inspect' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inspect' });
  await expect(dialog.getByRole('region', { name: 'Request' })).toContainText(
    '"model": "llama-3.1-8b-instant"',
  );
  await expect(dialog.getByRole('region', { name: 'Response' })).toContainText('"finish_reason": "stop"');
  await expect(dialog.getByRole('region', { name: 'Rate limits' })).toContainText(
    'x-ratelimit-remaining-tokens',
  );
  await expect(dialog.getByRole('region', { name: 'Rate limits' })).toContainText(
    /Tokens remaining \(per minute\)\d+ of \d+/,
  );
});

test('dark mode follows a choice and the layout works at 390 px', async ({ page }) => {
  await chooseTheme(page, 'dark');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.setViewportSize({ width: 390, height: 844 });
  const toggle = page.getByRole('button', { name: 'Parameters', exact: true });
  await expect(page.getByRole('slider', { name: 'Temperature' })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('slider', { name: 'Temperature' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the page has a Powered by Groq badge and no serious accessibility violations', async ({ page }) => {
  await expect(page.getByRole('link', { name: 'Powered by Groq' })).toHaveAttribute(
    'href',
    'https://groq.com',
  );
  const playground = new PlaygroundPage(page);
  await playground.send('Short answer please [sim:tokens:30]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
