'use client';

import { NumberField } from '@/components/ui/number-field';
import type { ReasoningEffort } from '@/lib/models/catalog';
import { maxTokensCeiling, rulesModel } from '@/lib/rules/model';
import { MAX_COMPLETION_TOKENS, TEMPERATURE, TOP_P } from '@/lib/schema/limits';
import { useSelectedModel } from '@/lib/store/use-selected-model';
import { usePaneIndex, usePaneSettings, useSetParameter } from './pane-context';
import { notSentEffortLabel } from './reasoning-controls';

/** A compare pane's own most-used parameters; All parameters opens the rest in the parameters panel. */
export function PaneParameterStrip() {
  const pane = usePaneIndex();
  const model = usePaneSettings((p) => p.model);
  const temperature = usePaneSettings((p) => p.temperature);
  const maxTokens = usePaneSettings((p) => p.maxCompletionTokens);
  const topP = usePaneSettings((p) => p.topP);
  const effort = usePaneSettings((p) => p.reasoningEffort);
  const setParameter = useSetParameter();
  const ceiling = maxTokensCeiling(model, useSelectedModel(pane));
  const reasoning = rulesModel(model).capabilities.reasoning;
  const efforts = reasoning?.efforts ?? [];

  return (
    <div className="grid grid-cols-[repeat(auto-fill,minmax(7rem,1fr))] items-end gap-x-2 gap-y-1.5">
      <NumberField
        label="Temperature"
        value={temperature}
        min={TEMPERATURE.min}
        max={TEMPERATURE.max}
        step={TEMPERATURE.step}
        onChange={(v) => setParameter('temperature', v)}
      />
      <NumberField
        label="Max Completion Tokens"
        value={Math.min(maxTokens, ceiling)}
        min={MAX_COMPLETION_TOKENS.min}
        max={ceiling}
        step={1}
        onChange={(v) => setParameter('maxCompletionTokens', v)}
      />
      <NumberField
        label="Top P"
        value={topP}
        min={TOP_P.min}
        max={TOP_P.max}
        step={TOP_P.step}
        onChange={(v) => setParameter('topP', v)}
      />
      {efforts.length > 0 ? (
        <label className="flex min-w-0 flex-col gap-0.5 text-xs text-muted">
          Reasoning Effort
          <select
            value={effort && efforts.includes(effort) ? effort : ''}
            onChange={(event) =>
              setParameter(
                'reasoningEffort',
                event.target.value === '' ? null : (event.target.value as ReasoningEffort),
              )
            }
            className="w-full rounded border border-line bg-surface px-1 py-0.5 text-sm text-fg"
          >
            <option value="">{notSentEffortLabel(reasoning?.defaultEffort ?? null)}</option>
            {efforts.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
