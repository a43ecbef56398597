import type { Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { todaySimulator } from './support/simulator';

/**
 * Evaluate, as a new user meets it against today's Groq (the today-lineup simulator, whose request log
 * shows what went upstream): grade a dataset, ask an LLM judge, send one request three times, see the
 * prompt's tokens before Submit and the answer's cost after. The simulator quotes the question in its
 * answer, so "France" is in the first row's answer and "Rome" is not in the second's.
 */
test.beforeEach(async ({ page }) => {
  await todaySimulator.clear();
  await new PlaygroundPage(page).reset();
});

const PROMPT = 'What is the capital of {{item}}?';
const CSV = 'item,expected\nFrance,France\nItaly,Rome\n';

async function openDataset(page: Page) {
  await new PlaygroundPage(page).message.fill(PROMPT);
  await page.getByRole('button', { name: 'Dataset', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Dataset' });
  await dialog.getByRole('textbox', { name: 'Dataset' }).fill(CSV);
  return dialog;
}

type Body = {
  model: string;
  stream?: boolean;
  messages: { content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean } };
};

test('Grader "Contains" marks each row pass or fail with its reason and shows 1/2 passed', async ({
  page,
}) => {
  const dialog = await openDataset(page);
  await dialog.getByRole('combobox', { name: 'Grader' }).selectOption('Contains');
  await expect(dialog.getByRole('combobox', { name: 'Expected column' })).toHaveValue('expected');
  await dialog.getByRole('button', { name: 'Run all' }).click();

  await expect(dialog.getByRole('region', { name: 'Grades' })).toContainText('1/2 passed');
  await expect(dialog.getByRole('region', { name: 'Grades' })).toContainText(/Latency p50 .+ · p90 /);
  const rows = dialog.getByRole('table', { name: /^Results/ }).locator(':scope > tbody > tr');
  await expect(rows.nth(0)).toContainText('Contains: the answer contains “France”.');
  await expect(rows.nth(1)).toContainText('Contains: the answer does not contain “Rome”.');
  await expect(dialog.getByText(/^Run all cost: \$/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Re-run failed (1)' })).toBeEnabled();

  // Re-run failed sends the failed row alone.
  await todaySimulator.clear();
  await dialog.getByRole('button', { name: 'Re-run failed (1)' }).click();
  await expect(dialog.getByRole('region', { name: 'Grades' })).toContainText('1/2 passed');
  await expect.poll(async () => (await todaySimulator.chatRequests()).length).toBe(1);
  const sent = (await todaySimulator.chatRequests())[0]?.body as Body;
  expect(sent.messages.at(-1)?.content).toBe('What is the capital of Italy?');
});

test('Grader "LLM judge" sends a json_schema grading request carrying the answer and the expected text', async ({
  page,
}) => {
  const dialog = await openDataset(page);
  await dialog.getByRole('textbox', { name: 'Dataset' }).fill('item,expected\nFrance,Paris\n');
  await dialog.getByRole('combobox', { name: 'Grader' }).selectOption('LLM judge');
  await expect(dialog.getByRole('combobox', { name: 'Judge model' })).toHaveValue('openai/gpt-oss-120b');
  await expect(dialog.getByRole('textbox', { name: 'Judge prompt' })).toHaveValue(/\{\{expected\}\}/);
  await dialog.getByRole('button', { name: 'Run all' }).click();

  await expect(dialog.getByRole('region', { name: 'Grades' })).toContainText('1/1 passed');
  await expect(dialog.getByText(/^Judge cost: \$/)).toBeVisible();
  const bodies = (await todaySimulator.chatRequests()).map((r) => r.body as Body);
  expect(bodies).toHaveLength(2);
  const [answered, judge] = bodies[0]?.response_format ? [bodies[1], bodies[0]] : [bodies[0], bodies[1]];
  expect(judge?.model).toBe('openai/gpt-oss-120b');
  expect(judge?.stream).toBe(false);
  expect(judge?.response_format).toMatchObject({ type: 'json_schema', json_schema: { strict: true } });
  const gradingText = judge?.messages.at(-1)?.content ?? '';
  expect(answered?.messages.at(-1)?.content).toBe('What is the capital of France?');
  expect(gradingText).toContain('<expected>\nParis\n</expected>');
  // The answer it grades: the simulator's answer quotes the question it was asked.
  expect(gradingText).toMatch(/<answer>\n[\s\S]*What is the capital of France[\s\S]*<\/answer>/);
});

test('Runs 3 sends exactly three requests and says how many answers are distinct', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.message.fill('Explain latency in one line');
  await page.getByRole('spinbutton', { name: 'Runs' }).fill('3');
  await playground.submit.click();

  const runs = page.getByRole('region', { name: 'Runs of pane 1' });
  await expect(runs).toContainText(/3 runs · [123] distinct/);
  await expect(runs).toContainText(/Latency.*min .* median .* max /);
  expect(await todaySimulator.chatRequests()).toHaveLength(3);
  await expect(runs.getByRole('tab')).toHaveCount(3);
  await runs.getByRole('tab', { name: 'Run 3' }).click();
  await runs.getByRole('button', { name: 'Diff answers' }).click();
  await expect(runs.getByRole('region', { name: 'Run 1 vs Run 2' })).toBeVisible();
});

test('the prompt’s token count shows before Submit and a $ cost after the answer', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await expect(playground.model).toHaveValue('openai/gpt-oss-120b');
  // The tokenizer runs in a worker (the page's CSP allows it), not on the page's thread.
  const worker = page.waitForEvent('worker');
  await playground.message.fill('How many tokens is this prompt?');
  await expect(page.getByText(/^\d+ tokens · < 1% of [\d,]+$/)).toBeVisible();
  expect(await (await worker).evaluate(() => typeof self.postMessage)).toBe('function');
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  expect(await todaySimulator.chatRequests()).toHaveLength(0);

  await playground.submit.click();
  await expect(playground.lastAnswer()).toContainText(/ · \$0\.\d+/);
  await expect(page.getByText(/^Conversation cost: \$0\.\d+/)).toBeVisible();

  // Another model whose tokenizer is not published: the count says it is an estimate.
  await playground.model.selectOption('qwen/qwen3.8-27b');
  await playground.message.fill('And now?');
  await expect(page.getByText(/^≈ \d+ tokens \(o200k estimate\)/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('two Compare panes: Runs 2 sends two requests per pane; a word diff of the panes and the total cost', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const pane2 = page.getByRole('region', { name: 'Pane 2', exact: true });
  await pane2.getByRole('combobox', { name: 'Model' }).selectOption('openai/gpt-oss-20b');
  await playground.message.fill('Explain caching in one line');
  await page.getByRole('spinbutton', { name: 'Runs' }).fill('2');
  await playground.submit.click();

  await expect(page.getByRole('region', { name: 'Runs of pane 1' })).toContainText(/2 runs · [12] distinct/);
  await expect(page.getByRole('region', { name: 'Runs of pane 2' })).toContainText(/2 runs · [12] distinct/);
  const models = (await todaySimulator.chatRequests()).map((r) => (r.body as Body).model).sort();
  expect(models).toEqual([
    'openai/gpt-oss-120b',
    'openai/gpt-oss-120b',
    'openai/gpt-oss-20b',
    'openai/gpt-oss-20b',
  ]);
  await expect(page.getByText(/^Compare cost: \$0\.\d+/)).toBeVisible();

  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Diff answers' }).last().click();
  const diff = page.getByRole('region', {
    name: 'Pane 1 (openai/gpt-oss-120b) vs Pane 2 (openai/gpt-oss-20b)',
  });
  await expect(diff).toContainText(/No differences|words? (added|removed)/);
});

test('after Regenerate, the new answer can be diffed with the one it replaced', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.send('Name a colour');
  await expect(playground.lastAnswer()).toContainText('$');
  await playground.lastAnswer().getByRole('button', { name: 'Regenerate' }).click();
  await expect(playground.lastAnswer().getByRole('button', { name: 'Regenerate' })).toBeVisible();
  await playground.lastAnswer().getByRole('button', { name: 'Diff with previous answer' }).click();
  await expect(
    playground.lastAnswer().getByRole('region', { name: 'Previous answer vs This answer' }),
  ).toContainText(/No differences|words? (added|removed)/);
});
