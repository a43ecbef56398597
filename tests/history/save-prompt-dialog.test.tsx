// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SavePromptDialog } from '@/components/history/save-prompt-dialog';

afterEach(cleanup);

function setup(result = { ok: true, message: 'Saved "Guide" as version 1.' }, existingNames: string[] = []) {
  const onSave = vi.fn(async () => result);
  const onClose = vi.fn();
  render(<SavePromptDialog open onClose={onClose} onSave={onSave} existingNames={existingNames} />);
  return { user: userEvent.setup(), onSave, onClose };
}

describe('SavePromptDialog', () => {
  it('refuses an empty name in words, next to the field, and saves nothing', async () => {
    const { user, onSave } = setup();
    expect(screen.getByRole('dialog', { name: 'Save prompt' })).toBeDefined();
    const field = screen.getByRole('textbox', { name: 'Prompt name' });
    expect(document.activeElement).toBe(field);
    await user.type(field, '   ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('A prompt needs a name: type one in "Prompt name".');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('Enter saves under the tidied name and closes', async () => {
    const { user, onSave, onClose } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Prompt name' }), '  Travel   guide {Enter}');
    expect(onSave).toHaveBeenCalledWith('Travel guide');
    expect(onClose).toHaveBeenCalled();
  });

  it('says that an existing name gets a new version; a storage failure stays in the dialog', async () => {
    const { user, onClose } = setup(
      { ok: false, message: 'Storage is full: the prompt "Guide" was not saved.' },
      ['Guide'],
    );
    await user.type(screen.getByRole('textbox', { name: 'Prompt name' }), 'Guide');
    expect(screen.getByText(/saving adds a new version/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Storage is full/);
    expect(onClose).not.toHaveBeenCalled();
  });
});
