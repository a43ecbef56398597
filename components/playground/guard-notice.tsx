import { findCatalogModel } from '@/lib/models/catalog';
import type { GuardEventData } from '@/lib/stream/events';

/** The guard model's display name (Llama Guard 3 8B, GPT-OSS Safeguard 20B, or the id). */
const guardName = (verdict: GuardEventData) => findCatalogModel(verdict.model)?.name ?? verdict.model;

function categoryList(verdict: GuardEventData): string {
  return verdict.categories.map((c) => `${c.code} ${c.name}`).join(', ') || 'unspecified category';
}

/** What the guard model said about this answer: blocked prompt, flagged answer, or a failed screening. */
export function GuardNotice({ verdicts }: { verdicts: GuardEventData[] }) {
  return (
    <>
      {verdicts.map((verdict) => {
        const key = `${verdict.stage}-${verdict.status}`;
        if (verdict.status === 'unsafe' && verdict.stage === 'input') {
          return (
            <div
              key={key}
              role="alert"
              className="mt-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
            >
              <p className="font-semibold">Blocked by {guardName(verdict)}</p>
              <p>The message was classified unsafe: {categoryList(verdict)}. It was not sent to the model.</p>
            </div>
          );
        }
        if (verdict.status === 'unsafe') {
          return (
            <div
              key={key}
              role="alert"
              className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            >
              <p className="font-semibold">Flagged by {guardName(verdict)}</p>
              <p>This answer was classified unsafe: {categoryList(verdict)}.</p>
            </div>
          );
        }
        if (verdict.status === 'error') {
          return (
            <p key={key} role="status" className="mt-2 text-xs text-amber-700 dark:text-amber-300">
              Moderation check ({verdict.stage}) failed, so the request went through unscreened:{' '}
              {verdict.detail}
            </p>
          );
        }
        return null;
      })}
    </>
  );
}
