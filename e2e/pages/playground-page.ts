import { expect, type Locator, type Page } from '@playwright/test';

/** The playground as a user sees it: controls found by role and accessible name. */
export class PlaygroundPage {
  readonly model: Locator;
  readonly system: Locator;
  readonly message: Locator;
  readonly imageUrl: Locator;
  readonly submit: Locator;
  readonly stop: Locator;
  readonly conversation: Locator;

  constructor(readonly page: Page) {
    this.model = page.getByRole('combobox', { name: 'Model' });
    this.system = page.getByRole('textbox', { name: 'System' });
    this.message = page.getByRole('textbox', { name: 'Message', exact: true });
    this.imageUrl = page.getByRole('textbox', { name: 'Image URL' });
    this.submit = page.getByRole('button', { name: 'Submit' });
    this.stop = page.getByRole('button', { name: 'Stop' });
    this.conversation = page.getByRole('list', { name: 'Conversation' });
  }

  async goto(path = '/') {
    await this.page.goto(path);
    await expect(this.page.locator('[data-ready="true"]')).toBeVisible();
  }

  /** Starts from an empty conversation and default settings. */
  async reset() {
    await this.page.goto('/');
    // The page saves its state once more as it unloads (pagehide); clear again after that save, so
    // the state this page loaded (a shared prompt, say) cannot come back.
    await this.page.evaluate(() => {
      localStorage.clear();
      window.addEventListener('pagehide', () => localStorage.clear());
    });
    await this.goto();
  }

  /** Opens Attach image's panel (Upload images, Image URL) unless it is open. */
  async openAttachPanel() {
    const attach = this.page.getByRole('button', { name: 'Attach image' });
    if ((await attach.getAttribute('aria-expanded')) !== 'true') await attach.click();
    await expect(this.imageUrl).toBeVisible();
  }

  lastAnswer(): Locator {
    return this.page.getByRole('listitem', { name: 'Assistant message' }).last();
  }

  async send(text: string) {
    await this.message.fill(text);
    await this.submit.click();
  }
}
