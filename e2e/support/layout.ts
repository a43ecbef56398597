import type { Locator, Page } from '@playwright/test';
import type { PlaygroundPage } from '../pages/playground-page';

/** Where the stories keep their screenshots: CI keeps test-results/ as an artifact. */
export const SCREENSHOT_DIR = 'test-results/screenshots';

export const WIDE = { width: 1440, height: 900 };
export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export type ThemeName = 'light' | 'dark';

/** Picks a theme from the header's More menu. */
export async function chooseTheme(page: Page, theme: ThemeName): Promise<void> {
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitemradio', { name: theme === 'dark' ? 'Dark' : 'Light' }).click();
  await page.locator(`html.${theme}`).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

/** How far the document itself has scrolled, and how far it could. */
export function documentScroll(page: Page): Promise<{ top: number; overflow: number; overflowX: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return {
      top: root.scrollTop,
      overflow: root.scrollHeight - root.clientHeight,
      overflowX: root.scrollWidth - root.clientWidth,
    };
  });
}

export async function headerHeight(page: Page): Promise<number> {
  const box = await page.getByRole('banner').boundingBox();
  return box?.height ?? Number.POSITIVE_INFINITY;
}

/** The last block of an answer's rendered markdown (its last streamed line). */
export function lastBlock(playground: PlaygroundPage): Locator {
  return playground
    .lastAnswer()
    .getByTestId('message-content')
    .locator('p, li, pre, table, h1, h2, h3, h4')
    .last();
}

interface ListedModel {
  id: string;
  kind: string;
  capabilities: { vision: boolean };
}

/** A chat model from the live list that does (or does not) take images, so no id is hard-coded. */
export async function chatModelId(page: Page, { vision }: { vision: boolean }): Promise<string> {
  const response = await page.request.get('/api/models');
  const { data } = (await response.json()) as { data: ListedModel[] };
  const model = data.find((m) => m.kind === 'chat' && m.capabilities.vision === vision);
  if (!model) throw new Error(`no chat model with vision=${vision} in /api/models`);
  return model.id;
}

/** Counts the browser's calls to /api/chat from now on. */
export function countChatCalls(page: Page): { count: () => number } {
  let calls = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/chat')) calls += 1;
  });
  return { count: () => calls };
}
