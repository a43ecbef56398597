import { test as base, expect, type Response } from '@playwright/test';
import { E2E_API_KEY } from '../../playwright.config';

async function bodyOf(response: Response): Promise<string> {
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve(''), 5_000));
  return Promise.race([response.text().catch(() => ''), timeout]);
}

/**
 * Every test that uses this `test` also proves key hygiene: no response the browser receives — HTML,
 * scripts, API JSON, event streams, headers — contains the server's API key.
 */
export const test = base.extend<{ keyHygiene: undefined }>({
  keyHygiene: [
    async ({ context }, use) => {
      const checks: Promise<string | null>[] = [];
      context.on('response', (response) => {
        checks.push(
          (async () => {
            const headers = JSON.stringify(await response.allHeaders().catch(() => ({})));
            const body = await bodyOf(response);
            return headers.includes(E2E_API_KEY) || body.includes(E2E_API_KEY) ? response.url() : null;
          })(),
        );
      });
      await use(undefined);
      const leaks = (await Promise.all(checks)).filter((url): url is string => url !== null);
      expect(leaks, 'responses that contain the API key').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
