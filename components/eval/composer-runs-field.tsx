'use client';

import { usePlaygroundStore } from '@/lib/store/playground-store';
import { RunsField } from './runs-field';

/** The composer's "Runs" field, bound to the store; `onProblem` holds Submit while it is invalid. */
export function ComposerRunsField({ onProblem }: { onProblem: (problem: string | null) => void }) {
  const value = usePlaygroundStore((s) => s.evaluation.repeatCount);
  const setRepeatCount = usePlaygroundStore((s) => s.setRepeatCount);
  return <RunsField value={value} onChange={setRepeatCount} onProblem={onProblem} />;
}
