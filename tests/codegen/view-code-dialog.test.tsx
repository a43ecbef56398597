// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VIEW_CODE_NOTE, ViewCodeButton } from '@/components/playground/view-code-dialog';
import { generateCode } from '@/lib/codegen';
import type { ChatRequest } from '@/lib/schema/chat-request';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const request: ChatRequest = {
  model: 'llama-3.1-8b-instant',
  messages: [{ role: 'user', content: 'Hello "there"' }],
  temperature: 1,
  stream: true,
  guard: true,
};

function setup(getRequest = vi.fn(() => request)) {
  const user = userEvent.setup();
  render(<ViewCodeButton getRequest={getRequest} />);
  return { user, getRequest, opener: screen.getByRole('button', { name: 'View code' }) };
}

function codeOf(panel: HTMLElement): string {
  return panel.querySelector('pre code')?.textContent ?? '';
}

describe('ViewCodeButton', () => {
  it('opens a "View code" dialog with the four language tabs and the current request', async () => {
    const { user, getRequest, opener } = setup();
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(opener);
    expect(getRequest).toHaveBeenCalledTimes(1);

    const dialog = screen.getByRole('dialog', { name: 'View code' });
    const tablist = within(dialog).getByRole('tablist', { name: 'Language' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['curl', 'Python', 'JavaScript', 'JSON']);
    for (const name of ['curl', 'Python', 'JavaScript', 'JSON']) {
      expect(within(dialog).getByRole('tab', { name })).toBeTruthy();
    }
    expect(within(dialog).getByText(VIEW_CODE_NOTE)).toBeTruthy();
    expect(VIEW_CODE_NOTE).toBe('Set GROQ_API_KEY in your environment; the key is never shown here.');

    const panel = within(dialog).getByRole('tabpanel', { name: 'curl' });
    expect(codeOf(panel)).toBe(generateCode(request, 'curl'));
    expect(tabs[0]?.getAttribute('aria-controls')).toBe(panel.id);
  });

  it('moves between tabs with the arrow keys, Home and End (roving tabindex)', async () => {
    const { user, opener } = setup();
    await user.click(opener);
    const tab = (name: string) => screen.getByRole('tab', { name });

    await user.click(tab('curl'));
    expect(tab('curl').getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(tab('Python').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Python'));
    expect(tab('Python').tabIndex).toBe(0);
    expect(tab('curl').tabIndex).toBe(-1);
    expect(tab('curl').getAttribute('aria-selected')).toBe('false');
    expect(codeOf(screen.getByRole('tabpanel', { name: 'Python' }))).toBe(generateCode(request, 'python'));

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tab('JavaScript'));
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(tab('JSON'));
    expect(tab('JSON').getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(tab('curl'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(tab('JSON'));
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
  });

  it('shows the Groq body on the JSON tab and copies the selected code', async () => {
    const { user, opener } = setup();
    await user.click(opener);
    await user.click(screen.getByRole('tab', { name: 'JSON' }));
    const panel = screen.getByRole('tabpanel', { name: 'JSON' });
    const json = codeOf(panel);
    const { guard: _guard, ...body } = request;
    expect(JSON.parse(json)).toEqual(body);
    expect(json).not.toContain('guard');

    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(within(panel).getByRole('button', { name: 'Copy code' }));
    expect(writeText).toHaveBeenCalledWith(json);
    expect(await within(panel).findByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  it('Close closes, returns focus to the opener, and reopening keeps the tab and refreshes the request', async () => {
    const second: ChatRequest = { ...request, model: 'llama-3.3-70b-versatile', stream: false };
    const getRequest = vi.fn<() => ChatRequest>().mockReturnValueOnce(request).mockReturnValueOnce(second);
    const { user, opener } = setup(getRequest);
    await user.click(opener);
    await user.click(screen.getByRole('tab', { name: 'JavaScript' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);

    await user.click(opener);
    expect(getRequest).toHaveBeenCalledTimes(2);
    const panel = screen.getByRole('tabpanel', { name: 'JavaScript' });
    expect(codeOf(panel)).toBe(generateCode(second, 'javascript'));
    expect(codeOf(panel)).toContain('llama-3.3-70b-versatile');
  });

  it('Escape closes (fallback without showModal)', async () => {
    const { user, opener } = setup();
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('uses showModal/close where available; the native cancel event closes', async () => {
    const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    const close = vi.fn(function (this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    });
    const original = { showModal: proto.showModal, close: proto.close };
    Object.assign(proto, { showModal, close });
    try {
      const { user, opener } = setup();
      await user.click(opener);
      expect(showModal).toHaveBeenCalledTimes(1);
      const dialog = screen.getByRole('dialog', { name: 'View code' });
      expect(dialog.contains(document.activeElement)).toBe(true);
      const cancel = new Event('cancel', { cancelable: true });
      fireEvent(dialog, cancel);
      expect(cancel.defaultPrevented).toBe(true);
      expect(close).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement).toBe(opener);
    } finally {
      for (const key of ['showModal', 'close'] as const) {
        if (original[key]) proto[key] = original[key];
        else delete proto[key];
      }
    }
  });
});
