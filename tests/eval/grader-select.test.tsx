// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraderSelect } from '@/components/eval/grader-select';
import { DEFAULT_JUDGE_PROMPT } from '@/lib/eval/judge';
import { DEFAULT_GRADER_SETTINGS, type GraderSettings } from '@/lib/eval/settings';

afterEach(cleanup);

const MODELS = [
  { id: 'openai/gpt-oss-120b', name: 'GPT-OSS 120B' },
  { id: 'openai/gpt-oss-20b', name: 'GPT-OSS 20B' },
];

function Harness({
  columns = ['item', 'expected', 'answer_key'],
  hasSchema = false,
  spy,
}: {
  columns?: string[];
  hasSchema?: boolean;
  spy?: (s: GraderSettings) => void;
}) {
  const [settings, setSettings] = useState(DEFAULT_GRADER_SETTINGS);
  return (
    <GraderSelect
      value={settings}
      onChange={(next) => {
        spy?.(next);
        setSettings(next);
      }}
      columns={columns}
      judgeModels={MODELS}
      hasSchema={hasSchema}
    />
  );
}

describe('GraderSelect', () => {
  it('offers the six graders under "Grader", None first', () => {
    render(<Harness />);
    const select = screen.getByRole('combobox', { name: 'Grader' });
    const options = Array.from((select as HTMLSelectElement).options).map((o) => o.textContent);
    expect(options).toEqual(['None', 'Exact', 'Contains', 'Regex', 'JSON valid', 'LLM judge']);
    expect((select as HTMLSelectElement).value).toBe('none');
    expect(screen.queryByRole('combobox', { name: 'Expected column' })).toBeNull();
  });

  it('Contains asks for the expected column (default "expected") and offers Ignore case', async () => {
    const spy = vi.fn();
    const user = userEvent.setup();
    render(<Harness spy={spy} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Grader' }), 'Contains');
    const column = screen.getByRole('combobox', { name: 'Expected column' }) as HTMLSelectElement;
    expect(column.value).toBe('expected');
    await user.selectOptions(column, 'answer_key');
    await user.click(screen.getByRole('switch', { name: 'Ignore case' }));
    expect(spy).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'contains', expectedColumn: 'answer_key', ignoreCase: true }),
    );
    expect(screen.queryByRole('textbox', { name: 'Pattern' })).toBeNull();
  });

  it('types the column by name when the dataset has no columns yet', async () => {
    const user = userEvent.setup();
    render(<Harness columns={[]} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Grader' }), 'Exact');
    const column = screen.getByRole('textbox', { name: 'Expected column' });
    await user.clear(column);
    await user.type(column, 'gold');
    expect((column as HTMLInputElement).value).toBe('gold');
  });

  it('Regex shows a Pattern field', async () => {
    const spy = vi.fn();
    const user = userEvent.setup();
    render(<Harness spy={spy} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Grader' }), 'Regex');
    await user.type(screen.getByRole('textbox', { name: 'Pattern' }), '^ok');
    expect(spy).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'regex', pattern: '^ok' }));
  });

  it('JSON valid checks the schema only when the request has one', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Grader' }), 'JSON valid');
    const toggle = screen.getByRole('switch', { name: 'Check against the JSON Schema' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect((toggle as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    render(<Harness hasSchema />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Grader' }), 'JSON valid');
    expect(
      screen.getByRole('switch', { name: 'Check against the JSON Schema' }).getAttribute('aria-checked'),
    ).toBe('true');
  });

  it('LLM judge shows the judge model (default gpt-oss-120b) and an editable prompt with a reset', async () => {
    const spy = vi.fn();
    const user = userEvent.setup();
    render(<Harness spy={spy} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Grader' }), 'LLM judge');
    const model = screen.getByRole('combobox', { name: 'Judge model' }) as HTMLSelectElement;
    expect(model.value).toBe('openai/gpt-oss-120b');
    await user.selectOptions(model, 'GPT-OSS 20B');
    const prompt = screen.getByRole('textbox', { name: 'Judge prompt' }) as HTMLTextAreaElement;
    expect(prompt.value).toBe(DEFAULT_JUDGE_PROMPT);
    const reset = screen.getByRole('button', { name: 'Reset to default' }) as HTMLButtonElement;
    expect(reset.disabled).toBe(true);
    await user.clear(prompt);
    await user.type(prompt, 'Be strict');
    expect(spy).toHaveBeenLastCalledWith(
      expect.objectContaining({ judgeModel: 'openai/gpt-oss-20b', judgePrompt: 'Be strict' }),
    );
    await user.click(reset);
    expect(prompt.value).toBe(DEFAULT_JUDGE_PROMPT);
    expect(screen.getByRole('combobox', { name: 'Expected column' })).toBeTruthy();
  });
});
