import type { Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';
import { chatRequests, clearSimulatorRequests } from './support/simulator';

test.beforeEach(async ({ page }) => {
  await clearSimulatorRequests();
  await new PlaygroundPage(page).reset();
});

async function fromMore(page: Page, item: string) {
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function ask(playground: PlaygroundPage, text: string) {
  await playground.send(text);
  await expect(playground.lastAnswer()).toContainText('Status:done');
}

test('two conversations, Clear between them, reload: History finds the first and reopens it', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.system.fill('You are a pirate captain.');
  await ask(playground, 'Where is the buried treasure map? [sim:tokens:8]');
  await fromMore(page, 'Clear');
  await page
    .getByRole('dialog', { name: 'Clear the conversation?' })
    .getByRole('button', { name: 'Clear' })
    .click();
  await expect(playground.conversation).toHaveCount(0);

  await playground.system.fill('You are a careful botanist.');
  await ask(playground, 'How do ferns reproduce? [sim:tokens:8]');
  // Both are kept before the page goes away (saving happens as each answer ends).
  await fromMore(page, 'History');
  const history = page.getByRole('dialog', { name: 'History' });
  await expect(history.getByRole('list', { name: 'Conversations' }).getByRole('listitem')).toHaveCount(2);
  await page.keyboard.press('Escape');

  await playground.goto();
  await expect(playground.system).toHaveValue('You are a careful botanist.');
  await page.keyboard.press('Alt+Shift+KeyH');
  await expect(history).toBeVisible();
  await history.getByRole('searchbox', { name: 'Search history' }).fill('buried treasure');
  const found = history.getByRole('list', { name: 'Conversations' }).getByRole('listitem');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText('Where is the buried treasure map?');
  await found.getByRole('button', { name: 'Open' }).click();

  await expect(history).toBeHidden();
  await expect(playground.system).toHaveValue('You are a pirate captain.');
  await expect(page.getByRole('textbox', { name: 'User turn 1' })).toHaveValue(
    'Where is the buried treasure map? [sim:tokens:8]',
  );
  await expect(playground.lastAnswer()).toContainText('Status:done');
});

test('Branch from here, edit the turn and Submit: "2 of 2", the original is one click back, and the branch sent only its own turns', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await ask(playground, 'Original opening question [sim:tokens:6]');
  await ask(playground, 'Original follow-up [sim:tokens:6]');

  await page
    .getByRole('listitem', { name: 'User message' })
    .first()
    .getByRole('button', { name: 'Branch from here' })
    .click();
  await expect(page.getByRole('listitem', { name: 'Assistant message' })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'User turn 1' }).fill('Edited opening question [sim:tokens:6]');
  await clearSimulatorRequests();
  await playground.submit.click();
  await expect(playground.lastAnswer()).toContainText('Status:done');

  const branches = page.getByRole('group', { name: 'Branches' });
  await expect(branches).toContainText('2 of 2');
  await expect(page.getByRole('listitem', { name: 'User message' })).toHaveCount(1);

  const [sent, ...more] = await chatRequests();
  expect(more).toHaveLength(0);
  const body = JSON.stringify(sent?.body);
  expect(body).toContain('Edited opening question');
  expect(body).not.toContain('Original opening question');
  expect(body).not.toContain('Original follow-up');

  await branches.getByRole('button', { name: 'Previous branch' }).click();
  await expect(branches).toContainText('1 of 2');
  await expect(page.getByRole('textbox', { name: 'User turn 1' })).toHaveValue(
    'Original opening question [sim:tokens:6]',
  );
  await expect(page.getByRole('textbox', { name: 'User turn 3' })).toHaveValue(
    'Original follow-up [sim:tokens:6]',
  );
  await branches.getByRole('button', { name: 'Next branch' }).click();
  await expect(page.getByRole('textbox', { name: 'User turn 1' })).toHaveValue(
    'Edited opening question [sim:tokens:6]',
  );
});

test('Save prompt twice under one name, reload, and open version 1 from Prompts', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  const savePrompt = async (system: string) => {
    await playground.system.fill(system);
    await fromMore(page, 'Save prompt');
    const dialog = page.getByRole('dialog', { name: 'Save prompt' });
    await dialog.getByRole('textbox', { name: 'Prompt name' }).fill('Greeter');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  };
  await playground.message.fill('Say hello to {{name}}');
  await savePrompt('Greet people warmly.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved "Greeter" as version 1.' })).toBeVisible();
  await savePrompt('Greet people formally.');
  await expect(page.getByRole('status').filter({ hasText: 'as version 2.' })).toBeVisible();

  await playground.goto();
  await fromMore(page, 'Prompts');
  const prompts = page.getByRole('dialog', { name: 'Prompts' });
  const versions = prompts.getByRole('list', { name: 'Versions of Greeter' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await versions.getByRole('listitem', { name: 'version 1' }).getByRole('button', { name: 'Open' }).click();

  await expect(prompts).toBeHidden();
  await expect(playground.system).toHaveValue('Greet people warmly.');
  await expect(playground.message).toHaveValue('Say hello to {{name}}');
});
