'use client';

import { useId } from 'react';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

/** A labelled native select (named by its visible label), with an optional description below. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  description,
  disabled = false,
}: {
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  description?: string | null;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label
        htmlFor={id}
        className={`text-sm font-medium ${disabled ? 'text-neutral-500 dark:text-neutral-400' : ''}`}
      >
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={description ? `${id}-description` : undefined}
        onChange={(event) => onChange(event.target.value as T)}
        className="rounded border border-line bg-surface px-2 py-1 text-sm disabled:opacity-60"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      {description ? (
        <p id={`${id}-description`} className="text-xs text-muted">
          {description}
        </p>
      ) : null}
    </div>
  );
}
