'use client';

import dynamic from 'next/dynamic';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';

// The diff library loads when a diff is first opened.
const WordDiffView = dynamic(() => import('./word-diff-view').then((m) => m.WordDiffView), {
  ssr: false,
  loading: () => <p className="text-xs text-muted">Comparing…</p>,
});

export interface DiffableAnswer {
  id: string;
  /** "Run 2", "Pane 1 (openai/gpt-oss-20b)", "row-3". */
  label: string;
  text: string;
}

/**
 * Any two answers as a word diff: with more than two, the user picks which two. The diff opens from a
 * visible button and is announced as a region named after the pair.
 */
export function AnswerDiff({
  answers,
  buttonLabel = 'Diff answers',
}: {
  answers: readonly DiffableAnswer[];
  buttonLabel?: string;
}) {
  const regionId = useId();
  const [open, setOpen] = useState(false);
  const [firstId, setFirstId] = useState<string | null>(null);
  const [secondId, setSecondId] = useState<string | null>(null);
  if (answers.length < 2) return null;
  const first = answers.find((a) => a.id === firstId) ?? answers[0];
  const second = answers.find((a) => a.id === secondId) ?? answers.find((a) => a.id !== first?.id);
  if (!first || !second) return null;
  const options = answers.map((a) => ({ value: a.id, label: a.label }));
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        {answers.length > 2 ? (
          <>
            <SelectField label="First answer" value={first.id} options={options} onChange={setFirstId} />
            <SelectField label="Second answer" value={second.id} options={options} onChange={setSecondId} />
          </>
        ) : null}
        <Button
          size="xs"
          aria-expanded={open}
          aria-controls={open ? regionId : undefined}
          onClick={() => setOpen(!open)}
        >
          {buttonLabel}
        </Button>
      </div>
      {open ? (
        <div id={regionId} className="rounded-md border border-divider p-2">
          <WordDiffView before={first.text} after={second.text} label={`${first.label} vs ${second.label}`} />
        </div>
      ) : null}
    </div>
  );
}
