'use client';

import { useEffect, useState } from 'react';
import { Field, Input } from '@/components/ui/field';

export const MIN_RUNS = 1;
export const MAX_RUNS = 10;
export const DEFAULT_RUNS = 1;

/** The problem with a typed Runs value, or null when it is a whole number from 1 to 10. */
export function runsProblem(text: string): string | null {
  const n = Number(text);
  if (text.trim() === '' || !Number.isInteger(n) || n < MIN_RUNS || n > MAX_RUNS) {
    return `Runs must be a whole number from ${MIN_RUNS} to ${MAX_RUNS}.`;
  }
  return null;
}

/**
 * "Runs": how many times Submit sends the same request. Out-of-range text stays as typed with the
 * problem shown; only valid values reach `onChange`, and `onProblem` lets the caller hold Submit.
 */
export function RunsField({
  value = DEFAULT_RUNS,
  onChange,
  onProblem,
}: {
  value?: number;
  onChange: (runs: number) => void;
  onProblem?: (problem: string | null) => void;
}) {
  const [text, setText] = useState(String(value));
  const problem = runsProblem(text);
  useEffect(() => setText((current) => (Number(current) === value ? current : String(value))), [value]);
  useEffect(() => onProblem?.(problem), [problem, onProblem]);

  return (
    <Field label="Runs" labelLook="muted" tight error={problem}>
      {(control) => (
        <Input
          {...control}
          type="number"
          compact
          boxWidth="w-16"
          inputMode="numeric"
          min={MIN_RUNS}
          max={MAX_RUNS}
          step={1}
          value={text}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            if (runsProblem(next) === null && Number(next) !== value) onChange(Number(next));
          }}
          className="tabular-nums"
        />
      )}
    </Field>
  );
}
