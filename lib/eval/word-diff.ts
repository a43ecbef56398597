/**
 * A word-level diff of two answers with the `diff` package (`diffWordsWithSpace`: white space is
 * compared too, so a changed line break shows). Segments rebuild both texts: the `same` and `removed`
 * segments in order are the first text, the `same` and `added` ones the second.
 */
import { diffWordsWithSpace } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

export interface WordDiff {
  segments: DiffSegment[];
  /** Words (runs of non-space characters) in added and removed segments. */
  added: number;
  removed: number;
  identical: boolean;
}

const countWords = (text: string) => text.match(/\S+/g)?.length ?? 0;

export function wordDiff(before: string, after: string): WordDiff {
  const segments: DiffSegment[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    if (change.value === '') continue;
    const kind: DiffKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += change.value;
    else segments.push({ kind, text: change.value });
  }
  let added = 0;
  let removed = 0;
  for (const s of segments) {
    if (s.kind === 'added') added += countWords(s.text);
    if (s.kind === 'removed') removed += countWords(s.text);
  }
  return { segments, added, removed, identical: segments.every((s) => s.kind === 'same') };
}

/** "3 words added, 1 removed" / "No differences" — the diff's summary line. */
export function diffSummary(diff: Pick<WordDiff, 'added' | 'removed' | 'identical'>): string {
  if (diff.identical) return 'No differences';
  const word = (n: number) => (n === 1 ? 'word' : 'words');
  if (diff.removed === 0) return `${diff.added} ${word(diff.added)} added`;
  if (diff.added === 0) return `${diff.removed} ${word(diff.removed)} removed`;
  return `${diff.added} ${word(diff.added)} added, ${diff.removed} removed`;
}
