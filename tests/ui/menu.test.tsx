// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MenuButton } from '@/components/ui/menu';

afterEach(cleanup);

function setup() {
  const clear = vi.fn();
  const dark = vi.fn();
  render(
    <MenuButton
      label="More"
      entries={[
        { kind: 'item', label: 'Clear', onSelect: clear },
        { kind: 'group', label: 'Theme' },
        { kind: 'radio', label: 'Light', checked: true, onSelect: vi.fn() },
        { kind: 'radio', label: 'Dark', checked: false, onSelect: dark },
      ]}
    />,
  );
  return { user: userEvent.setup(), clear, dark, button: screen.getByRole('button', { name: 'More' }) };
}

describe('MenuButton', () => {
  it('opens a menu named by its button, with the first item focused', async () => {
    const { user, button } = setup();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // The open menu's code loads on first use; focus lands on its first item once it is there.
    expect(await screen.findByRole('menu', { name: 'More' })).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Clear' })));
    expect(screen.getByRole('menuitemradio', { name: 'Light' }).getAttribute('aria-checked')).toBe('true');
  });

  it('moves with the arrow keys, wraps, selects with Enter and gives focus back', async () => {
    const { user, button, dark } = setup();
    button.focus();
    await user.keyboard('{ArrowUp}');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'Dark' })),
    );
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Clear' }));
    await user.keyboard('{End}{Enter}');
    expect(dark).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes on Escape without selecting anything', async () => {
    const { user, button, clear } = setup();
    await user.click(button);
    await screen.findByRole('menu', { name: 'More' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(clear).not.toHaveBeenCalled();
  });
});
