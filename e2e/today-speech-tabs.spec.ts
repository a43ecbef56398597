import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';

/**
 * Speech mode has two peer views, Speech to Text and Text to Speech, as tabs at its top (issue 26):
 * Text to Speech is no longer a third Whisper "Task".
 */
const modeTab = (page: Page, name: 'Chat' | 'Speech') =>
  page.getByRole('tablist', { name: 'Mode' }).getByRole('tab', { name, exact: true });
const speechTabs = (page: Page) => page.getByRole('tablist', { name: 'Speech' });
const speechTab = (page: Page, name: 'Speech to Text' | 'Text to Speech') =>
  speechTabs(page).getByRole('tab', { name, exact: true });

async function openSpeechMode(page: Page) {
  await modeTab(page, 'Speech').click();
  await expect(page.locator('[data-speech-ready="true"]')).toBeVisible();
}

test('Speech to Text and Text to Speech are two tabs; the keyboard switches, a reload keeps the choice', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.reset();
  await openSpeechMode(page);

  await expect(speechTabs(page).getByRole('tab')).toHaveText(['Speech to Text', 'Text to Speech']);
  await expect(speechTab(page, 'Speech to Text')).toHaveAttribute('aria-selected', 'true');
  const task = page.getByRole('radiogroup', { name: 'Task' });
  await expect(task.getByRole('radio')).toHaveCount(2);
  await expect(task.getByRole('radio', { name: 'Transcribe', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Text to Speech' })).toHaveCount(0);

  await speechTab(page, 'Speech to Text').focus();
  await page.keyboard.press('ArrowRight');
  await expect(speechTab(page, 'Text to Speech')).toHaveAttribute('aria-selected', 'true');
  await expect(speechTab(page, 'Text to Speech')).toBeFocused();
  const panel = page.getByRole('tabpanel', { name: 'Text to Speech' });
  await expect(panel.getByRole('combobox', { name: 'Voice' })).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Text' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Task' })).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The choice is saved: after a reload, Speech mode opens on Text to Speech.
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await openSpeechMode(page);
  await expect(speechTab(page, 'Text to Speech')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Text' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Task' })).toHaveCount(0);

  // ArrowLeft goes back to Speech to Text and its Task radios.
  await speechTab(page, 'Text to Speech').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(speechTab(page, 'Speech to Text')).toHaveAttribute('aria-selected', 'true');
  await expect(speechTab(page, 'Speech to Text')).toBeFocused();
  await expect(task.getByRole('radio', { name: 'Transcribe', exact: true })).toBeVisible();
  await expect(task.getByRole('radio', { name: 'Translate', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Upload audio' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveCount(0);

  // More offers what fits Speech mode: Share (a #speech= link) and the Batches list.
  await page.getByRole('button', { name: 'More' }).click();
  await expect(page.getByRole('menuitem', { name: 'Share' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Batches' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
});
