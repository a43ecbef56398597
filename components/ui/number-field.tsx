'use client';

import { useEffect, useId, useState } from 'react';
import { snapToRange } from './snap-to-range';

/**
 * A small labelled number input for tight spaces (a compare pane's strip). Typing is free; Enter or
 * leaving the field commits a value clamped to the range, so a half-typed number is never lost, and
 * text that is not a number is kept and explained rather than replaced.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  step,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setText(String(value)), [value]);

  const commit = () => {
    const parsed = Number(text);
    if (text.trim() === '' || !Number.isFinite(parsed)) {
      setProblem(`${label} must be a number from ${min} to ${max}.`);
      return;
    }
    setProblem(null);
    const next = snapToRange(parsed, min, max, step);
    setText(String(next));
    if (next !== value) onChange(next);
  };

  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} title={label} className="line-clamp-2 text-xs leading-tight text-muted">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
        className="w-full rounded border border-line bg-surface px-1.5 py-0.5 text-sm tabular-nums"
      />
      {problem ? (
        <p id={`${id}-problem`} className="text-xs text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
