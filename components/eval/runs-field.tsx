'use client';

import { useEffect, useId, useState } from 'react';

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
  const id = useId();
  const [text, setText] = useState(String(value));
  const problem = runsProblem(text);
  useEffect(() => setText((current) => (Number(current) === value ? current : String(value))), [value]);
  useEffect(() => onProblem?.(problem), [problem, onProblem]);

  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs text-muted">
        Runs
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={MIN_RUNS}
        max={MAX_RUNS}
        step={1}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (runsProblem(next) === null && Number(next) !== value) onChange(Number(next));
        }}
        className="w-16 rounded border border-line bg-surface px-1.5 py-0.5 text-sm tabular-nums aria-invalid:border-red-600"
      />
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="text-xs text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
