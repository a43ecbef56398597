'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
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

  return (
    <div className="flex flex-col gap-1">
      <Field label="Stop Sequences" disabled={disabled} hint={description} error={problem}>
        {(control) => (
          <Input
            {...control}
            dense
            dir="auto"
            value={text}
            disabled={disabled || full}
            placeholder={full ? `Maximum of ${MAX_STOP_SEQUENCES} reached` : 'Type and press Enter'}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
        )}
      </Field>
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
