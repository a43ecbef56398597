// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunsField, runsProblem } from '@/components/eval/runs-field';

afterEach(cleanup);

function Harness({ onProblem }: { onProblem?: (p: string | null) => void }) {
  const [runs, setRuns] = useState(1);
  return (
    <>
      <RunsField value={runs} onChange={setRuns} onProblem={onProblem} />
      <p>Sending {runs}</p>
    </>
  );
}

describe('RunsField', () => {
  it('is a number field named "Runs" from 1 to 10, starting at 1', () => {
    render(<RunsField onChange={vi.fn()} />);
    const field = screen.getByRole('spinbutton', { name: 'Runs' }) as HTMLInputElement;
    expect(field.value).toBe('1');
    expect(field.min).toBe('1');
    expect(field.max).toBe('10');
  });

  it('passes on a valid number', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const field = screen.getByRole('spinbutton', { name: 'Runs' });
    await user.clear(field);
    await user.type(field, '3');
    expect(screen.getByText('Sending 3')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('explains a value out of range, keeps the last valid one and tells the caller', async () => {
    const onProblem = vi.fn();
    const user = userEvent.setup();
    render(<Harness onProblem={onProblem} />);
    const field = screen.getByRole('spinbutton', { name: 'Runs' });
    await user.clear(field);
    await user.type(field, '4');
    await user.type(field, '2');
    expect((field as HTMLInputElement).value).toBe('42');
    expect(screen.getByRole('alert').textContent).toBe('Runs must be a whole number from 1 to 10.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(screen.getByText('Sending 4')).toBeTruthy();
    expect(onProblem).toHaveBeenLastCalledWith('Runs must be a whole number from 1 to 10.');
    await user.type(field, '{Backspace}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onProblem).toHaveBeenLastCalledWith(null);
  });

  it('refuses 0, 11, fractions and empty text', () => {
    for (const bad of ['0', '11', '2.5', '', ' ', 'abc', '-1']) expect(runsProblem(bad), bad).not.toBeNull();
    for (const good of ['1', '5', '10']) expect(runsProblem(good)).toBeNull();
  });
});
