'use client';

import { useEffect, useState } from 'react';
import { Field, Input } from '@/components/ui/field';
import { ProblemMessage } from '@/components/ui/problem-message';
import { usePlaygroundStore } from '@/lib/store/playground-store';

const LIMIT = Number.MAX_SAFE_INTEGER;

/** Why the typed seed cannot be sent, or null. JSON numbers past 2^53 − 1 lose digits silently. */
export function seedProblem(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  if (!/^-?\d+$/.test(value)) return 'The seed must be a whole number.';
  if (Math.abs(Number(value)) > LIMIT) return `The seed must be between -${LIMIT} and ${LIMIT}.`;
  return null;
}

/** Optional integer seed; empty means "no seed". Invalid text is kept and explained, not discarded. */
export function SeedField({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const setProblem = usePlaygroundStore((s) => s.setFieldProblem);
  useEffect(() => setText(value === null ? '' : String(value)), [value]);
  const problem = seedProblem(text);
  useEffect(() => {
    setProblem('Seed', problem);
  }, [problem, setProblem]);
  useEffect(() => () => setProblem('Seed', null), [setProblem]);

  return (
    <Field label="Seed" error={problem ? <ProblemMessage message={problem} /> : null}>
      {(control) => (
        <Input
          {...control}
          dense
          inputMode="numeric"
          value={text}
          placeholder="Random"
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            if (next.trim() === '') onChange(null);
            else if (seedProblem(next) === null) onChange(Number.parseInt(next.trim(), 10));
          }}
        />
      )}
    </Field>
  );
}
