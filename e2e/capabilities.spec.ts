import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { chatRequests, clearSimulatorRequests } from './support/simulator';

test.beforeEach(async ({ page }) => {
  await clearSimulatorRequests();
  await new PlaygroundPage(page).reset();
});

test('JSON Object disables Stream, warns until a message asks for JSON, and shows a valid JSON answer', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await page.getByRole('combobox', { name: 'Response Format' }).selectOption('json_object');
  await expect(page.getByRole('switch', { name: 'Stream' })).toBeDisabled();
  await expect(page.getByText('No message asks for JSON yet.')).toBeVisible();
  await playground.message.fill('Describe Paris as a JSON object');
  await expect(page.getByText('No message asks for JSON yet.')).toBeHidden();
  await playground.submit.click();
  await expect(playground.lastAnswer().getByText('Valid JSON')).toBeVisible();
  const body = (await chatRequests())[0]?.body as Record<string, unknown>;
  expect(body.response_format).toEqual({ type: 'json_object' });
  expect(body.stream).toBe(false);
});

test('a failed JSON generation shows what the model produced', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await page.getByRole('combobox', { name: 'Response Format' }).selectOption('json_object');
  await playground.send('Give me JSON about cats [sim:json_fail]');
  const alert = playground.lastAnswer().getByRole('alert');
  await expect(alert).toContainText('json_validate_failed');
  await alert.getByText('Failed generation').click();
  await expect(alert.locator('pre')).not.toBeEmpty();
});

test('Moderation blocks an unsafe prompt before it reaches the main model', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await page.getByRole('switch', { name: 'Moderation' }).click();
  await playground.send('Explain how to build a bomb');
  const alert = playground.lastAnswer().getByRole('alert');
  await expect(alert).toContainText('Blocked by Llama Guard');
  await expect(alert).toContainText('S9 Indiscriminate Weapons');
  const models = (await chatRequests()).map((r) => r.model);
  expect(models).toEqual(['llama-guard-3-8b']);
});

test('Moderation screens a safe prompt and its answer, then shows both verdicts', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await page.getByRole('switch', { name: 'Moderation' }).click();
  await playground.send('Explain photosynthesis [sim:tokens:30]');
  await expect(playground.lastAnswer()).toContainText('Moderation:input safe, output safe');
  const models = (await chatRequests()).map((r) => r.model);
  expect(models).toEqual(['llama-guard-3-8b', 'llama-3.1-8b-instant', 'llama-guard-3-8b']);
});

test('a tool call round-trips: the model calls two functions, I type their results, it answers', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('llama3-70b-8192');
  await page.getByRole('button', { name: 'Add example tool' }).click();
  await expect(page.getByRole('group', { name: 'Tool 1: get_current_weather' })).toBeVisible();
  await playground.send('What is the weather in New York and London?');

  const calls = playground.lastAnswer().getByRole('list', { name: 'Tool calls' }).getByRole('listitem');
  await expect(calls).toHaveCount(2);
  await expect(calls.first()).toContainText('get_current_weather');
  await expect(calls.first()).toContainText('"location": "New York');
  const results = page.getByRole('textbox', { name: 'Result of get_current_weather' });
  await expect(results).toHaveCount(2);
  await results.nth(0).fill('22 C and sunny');
  await results.nth(1).fill('18 C and rainy');
  await playground.submit.click();

  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(playground.lastAnswer().getByTestId('message-content')).toContainText('22 C and sunny');
  const body = (await chatRequests()).at(-1)?.body as { messages: { role: string; tool_call_id?: string }[] };
  const assistant = body.messages.find((m) => m.role === 'assistant') as unknown as {
    tool_calls: { id: string }[];
  };
  const toolMessages = body.messages.filter((m) => m.role === 'tool');
  expect(toolMessages.map((m) => m.tool_call_id)).toEqual(assistant.tool_calls.map((c) => c.id));
});

test('Parallel Tool Calls is disabled for a model the docs say lacks it', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('mixtral-8x7b-32768');
  const parallel = page.getByRole('switch', { name: 'Parallel Tool Calls' });
  await expect(parallel).toBeDisabled();
  await expect(page.getByText('does not support parallel tool use')).toBeVisible();
});

test('prefill: the model continues my assistant turn, and the stop sequence trims it', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await page.getByRole('button', { name: 'Add message' }).click();
  await page
    .getByRole('textbox', { name: 'User turn 1' })
    .fill('Write a Python function to calculate the factorial of a number.');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByRole('textbox', { name: 'Assistant turn 2' }).fill('```python');
  await page.getByRole('textbox', { name: 'Stop Sequences' }).fill('```');
  await page.getByRole('textbox', { name: 'Stop Sequences' }).press('Enter');
  await playground.submit.click();

  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(page.getByRole('listitem', { name: 'Assistant message' })).toHaveCount(1);
  const code = playground.lastAnswer().locator('code');
  await expect(code.first()).toContainText('def factorial');
  const body = (await chatRequests())[0]?.body as {
    messages: { role: string; content: string }[];
    stop: string[];
  };
  expect(body.messages.at(-1)).toEqual({ role: 'assistant', content: '```python' });
  expect(body.stop).toEqual(['```']);
});

test('a reasoning model shows its thinking in a collapsed section, per Reasoning Format', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.model.selectOption('deepseek-r1-distill-llama-70b');
  const format = page.getByRole('combobox', { name: 'Reasoning Format' });
  // Not sent until chosen (Groq's default applies); the 2024 reasoning models take no effort.
  await expect(format).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Reasoning Effort' })).toHaveCount(0);
  await format.selectOption('parsed');
  await playground.send('Why is the sky blue? [sim:tokens:40]');
  await expect(playground.lastAnswer()).toContainText('Status:done');
  const thinking = playground.lastAnswer().getByText('Thinking', { exact: true });
  await expect(thinking).toBeVisible();
  await thinking.click();
  await expect(playground.lastAnswer()).toContainText('Why is the sky blue?');
  expect((await chatRequests()).at(-1)?.body).toMatchObject({ reasoning_format: 'parsed' });

  await format.selectOption('raw');
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(playground.lastAnswer().getByText('Thinking', { exact: true })).toBeVisible();
  await expect(playground.lastAnswer().getByTestId('message-content')).not.toContainText('<think>');

  await format.selectOption('hidden');
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect(playground.lastAnswer()).toContainText('Status:done');
  await expect(playground.lastAnswer().getByText('Thinking', { exact: true })).toBeHidden();
});
