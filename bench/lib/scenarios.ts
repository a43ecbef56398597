/**
 * Many answers at once, for `npm run bench:render`: Compare with three panes and Run all with ten
 * rows, every answer streamed at the same rate as the single-answer runs. The figure is the main
 * thread's longest task and its busy share between Submit (or Run all) and the last answer's end;
 * target: no task over 50 ms.
 */
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startTracing, stopTracing } from './cdp';
import { PROBE_SCRIPT } from './probe';
import { ROOT } from './servers';
import { analyzeTrace } from './trace';

export const SCENARIOS = ['compare3', 'runall10'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface ScenarioResult {
  scenario: Scenario;
  answers: number;
  tokensEach: number;
  tasksOver50ms: number | null;
  longestTaskMs: number | null;
  /** The longest tasks with what they spent their time on (e.g. `EvaluateScript 52.6`). */
  longestTasks?: Array<{ durationMs: number; cpuMs: number; startMs: number; breakdown: string[] }>;
  busyPercent: number | null;
  windowMs: number | null;
  loadAvgBefore: number;
  /** With --profile: the functions with the most self time in the window. */
  hottest?: string[];
}

const START = 'bench:scenario-start';
const END = 'bench:scenario-end';
const TIMEOUT_MS = 180_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Polled with plain DOM queries: Playwright's role selectors compute accessible names over the
// whole page on every poll, work that would land on the main thread being measured.
const HAS_STOP_ALL = `[...document.querySelectorAll('button')].some((b) => b.textContent === 'Stop all')`;
const TEN_OF_TEN = `[...document.querySelectorAll('[role="status"]')].some((e) => (e.textContent || '').includes('10 of 10'))`;

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${TIMEOUT_MS / 1000} s`);
    await sleep(200);
  }
}

async function open(page: Page, url: string, model: string, maxTokens: number): Promise<void> {
  const ready = page.locator('[data-ready="true"]');
  await page.goto(url);
  await ready.waitFor({ timeout: 30_000 });
  await page.evaluate('localStorage.clear()');
  await page.reload();
  await ready.waitFor({ timeout: 30_000 });
  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption(model, { timeout: 15_000 });
  const field = page.getByRole('spinbutton', { name: 'Max Completion Tokens', exact: true });
  await field.fill(String(maxTokens));
  await field.press('Enter');
}

/** Three panes of the same model, one Submit; done when no pane has a Stop button left. */
async function compare(page: Page, tps: number, tokens: number): Promise<() => Promise<void>> {
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByRole('button', { name: 'Add pane', exact: true }).click();
  await page.getByRole('region', { name: 'Pane 3', exact: true }).waitFor();
  await page
    .getByRole('textbox', { name: 'Message', exact: true })
    .fill(`Write a long technical guide [sim:tokens:${tokens}] [sim:tps:${tps}]`);
  return async () => {
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await until('the answers to start', async () => Boolean(await page.evaluate(HAS_STOP_ALL)));
    await until('the three answers', async () => !(await page.evaluate(HAS_STOP_ALL)));
  };
}

/** Ten dataset rows through Run all (the dialog's own concurrency); done at "10 of 10". */
async function runAll(page: Page, tps: number, tokens: number): Promise<() => Promise<void>> {
  await page
    .getByRole('textbox', { name: 'Message', exact: true })
    .fill(`Write a long guide about {{topic}} [sim:tokens:${tokens}] [sim:tps:${tps}]`);
  await page.getByRole('button', { name: 'Dataset', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Dataset' });
  const rows = Array.from({ length: 10 }, (_, i) => `topic ${i + 1}`);
  await dialog.getByRole('textbox', { name: 'Dataset' }).fill(`topic\n${rows.join('\n')}\n`);
  return async () => {
    await dialog.getByRole('button', { name: 'Run all', exact: true }).click();
    await until('ten rows', async () => Boolean(await page.evaluate(TEN_OF_TEN)));
  };
}

export async function measureScenario(
  browser: Browser,
  appUrl: string,
  scenario: Scenario,
  options: { model: string; tps: number; profile: boolean; css?: string },
): Promise<ScenarioResult> {
  const tokensEach = scenario === 'compare3' ? 8192 : 2048;
  const answers = scenario === 'compare3' ? 3 : 10;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    await open(page, appUrl, options.model, tokensEach);
    const run =
      scenario === 'compare3'
        ? await compare(page, options.tps, tokensEach)
        : await runAll(page, options.tps, tokensEach);
    if (options.css) await page.addStyleTag({ content: options.css });
    await sleep(500);
    const cdp = await context.newCDPSession(page);
    await startTracing(cdp, options.profile);
    await sleep(300);
    const loadAvgBefore = Number(os.loadavg()[0]?.toFixed(2));
    await page.evaluate(`console.timeStamp(${JSON.stringify(START)})`);
    await run();
    await page.evaluate(`console.timeStamp(${JSON.stringify(END)})`);
    const trace = analyzeTrace(await stopTracing(cdp), START, END, path.join(ROOT, '.next'));
    return {
      scenario,
      answers,
      tokensEach,
      tasksOver50ms: trace.markersFound ? trace.tasksOver50ms : null,
      longestTaskMs: trace.markersFound ? trace.longestTaskMs : null,
      longestTasks: trace.markersFound ? trace.longestTasks.slice(0, 3) : undefined,
      busyPercent: trace.markersFound ? trace.busyPercent : null,
      windowMs: trace.markersFound ? trace.windowMs : null,
      loadAvgBefore,
      hottest: trace.profile?.topSelf
        .slice(0, 12)
        .map((p) => `${p.selfMs} ms self, ${p.totalMs} total: ${p.functionName} ${p.location}`),
    };
  } finally {
    await context.close().catch(() => {});
  }
}
