'use client';

import { useEffect, useId, useState } from 'react';

/** Optional integer seed; empty means "no seed". Invalid text is kept and explained, not discarded. */
export function SeedField({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => setText(value === null ? '' : String(value)), [value]);
  const invalid = text.trim() !== '' && !/^-?\d+$/.test(text.trim());

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Seed
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        placeholder="Random"
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-problem` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next.trim() === '') onChange(null);
          else if (/^-?\d+$/.test(next.trim())) onChange(Number.parseInt(next.trim(), 10));
        }}
        className="rounded border border-neutral-300 bg-white px-2 py-1 text-sm dark:border-neutral-700 dark:bg-neutral-900"
      />
      {invalid ? (
        <p id={`${id}-problem`} role="alert" className="text-xs text-red-600">
          The seed must be a whole number.
        </p>
      ) : null}
    </div>
  );
}
