import type { Grade } from '@/lib/eval/grade';

const MARK: Record<Grade['status'], { text: string; className: string }> = {
  pass: { text: 'pass', className: 'text-green-800 dark:text-green-300' },
  fail: { text: 'fail', className: 'text-red-700 dark:text-red-300' },
  error: { text: 'grading error', className: 'text-amber-800 dark:text-amber-200' },
  ungraded: { text: 'not graded', className: 'text-muted' },
};

/** A results row's grade: pass / fail / grading error in words (not only colour), and the reason. */
export function GradeCell({ grade }: { grade: Grade | null | undefined }) {
  if (grade === undefined) return <td className="px-2 py-1" />;
  if (grade === null) return <td className="px-2 py-1 text-muted">grading…</td>;
  const mark = MARK[grade.status];
  return (
    <td className="min-w-40 max-w-72 px-2 py-1">
      <span className={`font-semibold ${mark.className}`}>{mark.text}</span>
      <span className="block text-fg-soft">{grade.reason}</span>
    </td>
  );
}
