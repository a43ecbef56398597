// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field, Input, inputClass, TextArea } from '@/components/ui/field';

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

describe('Field layouts', () => {
  it('puts the label beside the control when inline and still ties texts drawn elsewhere to it', () => {
    render(
      <>
        <Field label="Image URL" inline describedBy="help">
          {(control) => <Input {...control} type="url" />}
        </Field>
        <p id="help">Groq fetches image URLs itself.</p>
      </>,
    );
    const box = screen.getByRole('textbox', { name: 'Image URL' });
    const row = box.parentElement as HTMLElement;
    expect(row.className).toContain('items-center');
    expect(row.className).not.toContain('flex-col');
    expect(row.querySelector('label')?.nextElementSibling).toBe(box);
    expect(box.getAttribute('aria-describedby')).toBe('help');
  });

  it('gives an inline field its error on a line of its own, announced and described', () => {
    render(
      <Field label="New title" inline error="A conversation needs a title.">
        {(control) => <Input {...control} />}
      </Field>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.className.split(' ')).toContain('basis-full');
    expect(screen.getByRole('textbox', { name: 'New title' }).getAttribute('aria-describedby')).toBe(
      alert.id,
    );
  });

  it('stacks the label above the control by default, closer when tight', () => {
    const { rerender } = render(<Field label="Runs">{(control) => <Input {...control} />}</Field>);
    const wrapper = () => screen.getByRole('textbox', { name: 'Runs' }).parentElement as HTMLElement;
    expect(wrapper().className.split(' ')).toEqual(expect.arrayContaining(['flex-col', 'gap-1']));
    rerender(
      <Field label="Runs" tight>
        {(control) => <Input {...control} />}
      </Field>,
    );
    expect(wrapper().className.split(' ')).toEqual(expect.arrayContaining(['flex-col', 'gap-0.5']));
    expect(wrapper().className.split(' ')).not.toContain('gap-1');
  });

  it('draws a label look and adds a label class without losing the name', () => {
    render(
      <Field label="city" labelLook="mono" labelClassName="text-fg-soft">
        {(control) => <TextArea {...control} />}
      </Field>,
    );
    const label = screen.getByText('city');
    expect(label.className.split(' ')).toEqual(['font-mono', 'text-sm', 'text-fg-soft']);
    expect(screen.getByRole('textbox', { name: 'city' })).toBeTruthy();
  });
});

describe('Input and TextArea looks', () => {
  const classes = (element: HTMLElement) => element.className.split(' ');

  it('hands a ref to the element, so a caller can focus it', () => {
    const ref = createRef<HTMLInputElement>();
    render(<Input ref={ref} aria-label="New title" />);
    ref.current?.focus();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New title' }));
  });

  it('keeps the default look for callers that pass no look options', () => {
    expect(inputClass()).toBe(
      'w-full rounded-md border border-line-input bg-surface disabled:opacity-60 aria-[invalid=true]:border-red-600 dark:aria-[invalid=true]:border-red-400 px-3 py-2 text-sm',
    );
  });

  it('takes a width class instead of the full width', () => {
    render(<Input aria-label="Concurrency" type="number" boxWidth="w-20" />);
    const box = screen.getByRole('spinbutton', { name: 'Concurrency' });
    expect(classes(box)).toContain('w-20');
    expect(classes(box)).not.toContain('w-full');
  });

  it('outlines an invalid value amber with the warning tone, never red', () => {
    render(<TextArea aria-label="city" invalidTone="warning" aria-invalid />);
    const box = screen.getByRole('textbox', { name: 'city' });
    expect(classes(box)).toContain('aria-[invalid=true]:border-amber-500');
    expect(box.className).not.toContain('red');
  });

  it('has the tightest padding when compact, whatever dense says', () => {
    render(<Input aria-label="Runs" compact dense />);
    const box = screen.getByRole('textbox', { name: 'Runs' });
    expect(classes(box)).toEqual(expect.arrayContaining(['px-1.5', 'py-0.5']));
    expect(classes(box)).not.toContain('px-2');
  });

  it('draws no border or surface for an edit-in-place box until it is hovered or focused', () => {
    render(<TextArea aria-label="User turn 1" bare />);
    const box = screen.getByRole('textbox', { name: 'User turn 1' });
    expect(classes(box)).toEqual(
      expect.arrayContaining([
        'border-transparent',
        'bg-transparent',
        'hover:border-line',
        'focus:border-neutral-400',
        'resize-y',
      ]),
    );
    expect(classes(box)).not.toContain('bg-surface');
    expect(classes(box)).not.toContain('border-line-input');
  });
});
