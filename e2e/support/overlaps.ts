import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What counts as something a user reads or presses: controls, and the stats lines under answers. */
const SELECTOR = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="tab"]',
  '[role="switch"]',
  'dl',
].join(',');

/**
 * Pairs of visible controls (and stats lines) that are drawn over each other, as "a ↔ b" names.
 * Each box is clipped by its scrolling ancestors first, so a control scrolled out of its column, or
 * one nested inside another (a control in a summary), never counts.
 */
export function overlappingControls(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const name = (el: Element) => {
      const label =
        el.getAttribute('aria-label') ??
        el.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ??
        el.getAttribute('placeholder') ??
        '';
      const type = el.getAttribute('type');
      return `${el.tagName.toLowerCase()}${type ? `[${type}]` : ''}${label ? ` "${label}"` : ''}`;
    };
    const clipped = (el: Element): DOMRect | null => {
      let rect = el.getBoundingClientRect();
      let left = Math.max(rect.left, 0);
      let top = Math.max(rect.top, 0);
      let right = Math.min(rect.right, window.innerWidth);
      let bottom = Math.min(rect.bottom, window.innerHeight);
      for (let parent = el.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        rect = parent.getBoundingClientRect();
        left = Math.max(left, rect.left);
        top = Math.max(top, rect.top);
        right = Math.min(right, rect.right);
        bottom = Math.min(bottom, rect.bottom);
      }
      return right - left > 1 && bottom - top > 1 ? new DOMRect(left, top, right - left, bottom - top) : null;
    };
    const boxes: { el: Element; box: DOMRect }[] = [];
    // With a modal dialog open, the page behind it is inert: only the top one (the one holding focus)
    // counts.
    const root =
      document.activeElement?.closest('dialog:modal') ??
      [...document.querySelectorAll('dialog:modal')].at(-1) ??
      document;
    for (const el of root.querySelectorAll(selector)) {
      if (!el.checkVisibility({ opacityProperty: false, visibilityProperty: true })) continue;
      if (el.closest('[aria-hidden="true"], [inert]')) continue;
      const box = clipped(el);
      if (box) boxes.push({ el, box });
    }
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > 1 && h > 1) pairs.push(`${name(a.el)} ↔ ${name(b.el)}`);
      }
    }
    return pairs;
  }, SELECTOR);
}

/** axe's serious and critical violations, as "rule: targets". */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
