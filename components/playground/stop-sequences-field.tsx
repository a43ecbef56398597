'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { MAX_STOP_SEQUENCES } from '@/lib/schema/limits';

/** Up to four stop sequences as removable chips; Enter adds the typed one. */
export function StopSequencesField({
  value,
  onChange,
  disabled = false,
  description,
}: {
  value: string[];
  onChange: (value: string[]) => void;
  disabled?: boolean;
  description?: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const full = value.length >= MAX_STOP_SEQUENCES;
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    // Written escapes (\n, \t) become the characters people mean by them.
    const sequence = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    if (sequence === '') return;
    if (value.includes(sequence)) {
      setProblem('That stop sequence is already in the list.');
      return;
    }
    if (full) {
      setProblem(`Groq accepts at most ${MAX_STOP_SEQUENCES} stop sequences.`);
      return;
    }
    onChange([...value, sequence]);
    setText('');
    setProblem(null);
  };

  const describedBy = [description ? `${id}-description` : null, problem ? `${id}-problem` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="flex flex-col gap-1">
      <label
        htmlFor={id}
        className={`text-sm font-medium ${disabled ? 'text-neutral-500 dark:text-neutral-400' : ''}`}
      >
        Stop Sequences
      </label>
      <input
        id={id}
        type="text"
        dir="auto"
        value={text}
        disabled={disabled || full}
        placeholder={full ? `Maximum of ${MAX_STOP_SEQUENCES} reached` : 'Type and press Enter'}
        aria-describedby={describedBy || undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
        className="rounded border border-line bg-surface px-2 py-1 text-sm"
      />
      {description ? (
        <p id={`${id}-description`} className="text-xs text-muted">
          {description}
        </p>
      ) : null}
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="text-xs text-red-600">
          {problem}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label="Stop sequences">
          {value.map((sequence) => {
            const shown = JSON.stringify(sequence).slice(1, -1);
            return (
              <li
                key={sequence}
                className="flex items-center gap-1 rounded-full bg-subtle px-2 py-0.5 font-mono text-xs"
              >
                <span>{shown}</span>
                <Button
                  variant="ghost"
                  size="bare"
                  aria-label={`Remove stop sequence ${shown}`}
                  disabled={disabled}
                  onClick={() => onChange(value.filter((s) => s !== sequence))}
                  className="px-1"
                >
                  ×
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
