// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field, Input, TextArea } from '@/components/ui/field';

afterEach(cleanup);

function Pattern({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  const error = value.startsWith('(') && !value.includes(')') ? 'The group is not closed.' : null;
  return (
    <Field label="Pattern" hint="A regular expression, optionally as /pattern/flags." error={error}>
      {(control) => <Input {...control} value={value} onChange={(e) => setValue(e.target.value)} />}
    </Field>
  );
}

describe('Field', () => {
  it('names its control by the visible label', () => {
    render(<Pattern />);
    expect(screen.getByRole('textbox', { name: 'Pattern' })).toBeTruthy();
  });

  it('describes the control by its hint and leaves it valid while there is no error', () => {
    render(<Pattern />);
    const box = screen.getByRole('textbox', { name: 'Pattern' });
    expect(box.getAttribute('aria-invalid')).toBeNull();
    const described = (box.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described).toHaveLength(1);
    expect(document.getElementById(described[0] as string)?.textContent).toBe(
      'A regular expression, optionally as /pattern/flags.',
    );
  });

  it('marks the control invalid and announces the error once one appears, and clears both when fixed', async () => {
    const user = userEvent.setup();
    render(<Pattern />);
    const box = screen.getByRole('textbox', { name: 'Pattern' });
    await user.type(box, '(a');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('The group is not closed.');
    expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    await user.type(box, ')');
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds ids described elsewhere, and a warning that is neither an alert nor invalid', () => {
    render(
      <>
        <p id="count">12 characters</p>
        <Field label="Text" warning="Two documents share this id." describedBy="count">
          {(control) => <TextArea {...control} defaultValue="hello" />}
        </Field>
      </>,
    );
    const box = screen.getByRole('textbox', { name: 'Text' });
    const texts = (box.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(['Two documents share this id.', '12 characters']);
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps a hidden label as the accessible name', () => {
    render(
      <Field label="Document 1" labelLook="hidden">
        {(control) => <TextArea {...control} />}
      </Field>,
    );
    expect(screen.getByRole('textbox', { name: 'Document 1' })).toBeTruthy();
  });
});
