'use client';

import { useEffect, useId, useState } from 'react';
import { snapToRange } from './snap-to-range';

/**
 * A slider with a number input beside it, both named by the same visible label. The number input
 * accepts typing freely and commits a clamped value on blur or Enter, so a half-typed number is
 * never lost or forced.
 */
export function SliderField({
  label,
  value,
  min,
  max,
  step,
  onChange,
  disabled = false,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);

  const commit = () => {
    const parsed = Number(text);
    if (text.trim() === '' || !Number.isFinite(parsed)) {
      setText(String(value));
      return;
    }
    const next = snapToRange(parsed, min, max, step);
    setText(String(next));
    if (next !== value) onChange(next);
  };

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center justify-between gap-2">
        <label id={`${id}-label`} htmlFor={`${id}-number`} className="text-sm font-medium">
          {label}
        </label>
        <input
          id={`${id}-number`}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={text}
          disabled={disabled}
          onChange={(event) => setText(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
          className="w-24 rounded border border-line bg-surface px-2 py-0.5 text-right text-sm tabular-nums"
        />
      </div>
      <input
        type="range"
        aria-labelledby={`${id}-label`}
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(Number(event.target.value))}
        className="w-full accent-groq"
      />
    </div>
  );
}
