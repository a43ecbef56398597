// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Composer } from '@/components/playground/composer';
import { SeedField, seedProblem } from '@/components/playground/seed-field';
import { invalidToolsMessage, toolProblems } from '@/lib/chat/tools';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { renderWhileModelsLoad } from '../support/render-with-models-pending';

const submitChat = vi.fn(() => ({ ok: true as const, done: Promise.resolve() }));

function renderComposer() {
  renderWhileModelsLoad(<Composer />);
  return screen.getByRole('button', { name: 'Submit' }) as HTMLButtonElement;
}

beforeEach(() => {
  usePlaygroundStore.setState(usePlaygroundStore.getInitialState(), true);
  usePlaygroundStore.setState({ submit: submitChat });
  submitChat.mockClear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('seed bounds', () => {
  it('accepts whole numbers up to ±(2^53 − 1) and refuses the rest', () => {
    expect(seedProblem('')).toBeNull();
    expect(seedProblem('9007199254740991')).toBeNull();
    expect(seedProblem('-9007199254740991')).toBeNull();
    expect(seedProblem('9007199254740992')).toMatch(/between -9007199254740991 and 9007199254740991/);
    expect(seedProblem('12345678901234567890')).toMatch(/between/);
    expect(seedProblem('4.2')).toBe('The seed must be a whole number.');
  });

  it('keeps the last valid seed in the store and tells the composer to hold Submit', async () => {
    const onChange = vi.fn();
    render(<SeedField value={42} onChange={onChange} />);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'Seed' });
    await user.clear(field);
    await user.type(field, '12345678901234567890');
    expect(screen.getByRole('alert').textContent).toMatch(/between/);
    // Only values JSON carries exactly ever reach the store.
    for (const [seed] of onChange.mock.calls) expect(seed === null || Number.isSafeInteger(seed)).toBe(true);
    expect(usePlaygroundStore.getState().fieldProblems.Seed).toMatch(/between/);
  });
});

describe('tools', () => {
  it('reports a bad name and bad JSON together', () => {
    const tool = { id: 't', name: 'bad name!', description: '', parameters: '{oops' };
    const problems = toolProblems(tool, [tool]);
    expect(problems.name).toMatch(/The name must be/);
    expect(problems.parameters).toMatch(/not valid JSON/);
    expect(invalidToolsMessage([tool])).toBe(
      'Tool 1 (bad name!) has a problem: fix or remove it under Tools before sending.',
    );
  });
});

describe('Composer holds Submit back', () => {
  it('while a tool is invalid, saying why', async () => {
    usePlaygroundStore.setState({ tools: [{ id: 't', name: '', description: '', parameters: '{}' }] });
    usePlaygroundStore.setState({ draft: 'Hi' });
    const submit = renderComposer();
    expect(submit.disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('Tool 1 has a problem');
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Message' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(submitChat).not.toHaveBeenCalled();
  });

  it('while a field holds text that cannot be sent', () => {
    usePlaygroundStore.getState().setFieldProblem('Seed', 'The seed must be a whole number.');
    const submit = renderComposer();
    expect(submit.disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('Seed: The seed must be a whole number.');
  });
});
