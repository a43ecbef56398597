import { Notice } from '@/components/ui/notice';
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
            <Notice key={key} tone="error" role="alert" className="mt-2">
              <p className="font-semibold">Blocked by {guardName(verdict)}</p>
              <p>
                The message was classified unsafe: {categoryList(verdict)}. It was not sent to the model, and
                later turns leave it out.
              </p>
            </Notice>
          );
        }
        if (verdict.status === 'unsafe') {
          return (
            <Notice key={key} tone="warning" role="alert" className="mt-2">
              <p className="font-semibold">Flagged by {guardName(verdict)}</p>
              <p>This answer was classified unsafe: {categoryList(verdict)}.</p>
            </Notice>
          );
        }
        if (verdict.status === 'error') {
          return (
            <Notice key={key} tone="warning" compact className="mt-2 text-xs">
              Moderation check ({verdict.stage}) failed, so the request went through unscreened:{' '}
              {verdict.detail}
            </Notice>
          );
        }
        return null;
      })}
    </>
  );
}
