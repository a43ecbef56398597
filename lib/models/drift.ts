/**
 * Drift between Groq's live `GET /models` and the capability table: what a maintainer must update
 * when Groq adds, retires or resizes a model (`npm run models:check`). Pure.
 */
import { CURRENT_MODELS, findCatalogModel, findRetirement } from './catalog';
import type { LiveModel } from './model-info';

export interface ModelDrift {
  /** Live ids the table does not know: they work, with every control enabled and unverified. */
  unknown: string[];
  /** Today's models in the table that the live list lacks (retired, or not on this key's plan). */
  missing: string[];
  /** Live ids the table lists as retired (a 2024-era server, or an enterprise key). */
  liveButRetired: string[];
  /** Limits that differ: table value → live value. */
  changedLimits: {
    id: string;
    field: 'context_window' | 'max_completion_tokens';
    table: number;
    live: number;
  }[];
}

export function modelDrift(live: readonly LiveModel[]): ModelDrift {
  const liveIds = new Set(live.map((m) => m.id));
  const drift: ModelDrift = { unknown: [], missing: [], liveButRetired: [], changedLimits: [] };
  for (const model of live) {
    const known = findCatalogModel(model.id);
    if (!known) {
      drift.unknown.push(model.id);
      continue;
    }
    if (findRetirement(model.id) && !CURRENT_MODELS.some((m) => m.id === model.id))
      drift.liveButRetired.push(model.id);
    if (known.kind === 'speech') continue;
    const pairs = [
      ['context_window', known.contextWindow, model.context_window],
      ['max_completion_tokens', known.maxCompletionTokens, model.max_completion_tokens],
    ] as const;
    for (const [field, table, value] of pairs) {
      if (typeof value === 'number' && value > 0 && value !== table) {
        drift.changedLimits.push({ id: model.id, field, table, live: value });
      }
    }
  }
  for (const model of CURRENT_MODELS) {
    if (!model.enterprise && !liveIds.has(model.id)) drift.missing.push(model.id);
  }
  return drift;
}

export function formatDrift(drift: ModelDrift): string {
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    lines.push(`${title}: ${items.length === 0 ? 'none' : ''}`);
    for (const item of items) lines.push(`  - ${item}`);
  };
  section('New ids (add them to lib/models/table-current.ts)', drift.unknown);
  section(
    'In the table but not live (retired? add to RETIREMENTS in lib/models/table-retired.ts)',
    drift.missing,
  );
  section('Live but listed as retired', drift.liveButRetired);
  section(
    'Changed limits (table → live)',
    drift.changedLimits.map((c) => `${c.id} ${c.field}: ${c.table} → ${c.live}`),
  );
  return lines.join('\n');
}
