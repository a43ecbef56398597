'use client';

import { useId } from 'react';
import type { ReasoningFormat } from '@/lib/store/settings-store';

const OPTIONS: { value: ReasoningFormat; label: string }[] = [
  { value: 'parsed', label: 'parsed' },
  { value: 'raw', label: 'raw' },
  { value: 'hidden', label: 'hidden' },
];

/** Where a reasoning model's thinking goes: a separate field, inline `<think>` tags, or nowhere. */
export function ReasoningFormatSelect({
  value,
  onChange,
}: {
  value: ReasoningFormat;
  onChange: (value: ReasoningFormat) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Reasoning Format
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as ReasoningFormat)}
        className="rounded border border-neutral-300 bg-white px-2 py-1 text-sm dark:border-neutral-700 dark:bg-neutral-900"
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
