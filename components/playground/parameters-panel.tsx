'use client';

import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { ApiSelect } from '@/components/mcp/api-select';
import { Button } from '@/components/ui/button';
import { SliderField } from '@/components/ui/slider-field';
import { Switch } from '@/components/ui/switch';
import { modelsQueryOptions } from '@/lib/client/models-query';
import { isJsonResponse } from '@/lib/rules/json-schema-setting';
import { maxTokensCeiling } from '@/lib/rules/model';
import { MAX_COMPLETION_TOKENS, TEMPERATURE, TOP_P } from '@/lib/schema/limits';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPane } from '@/lib/store/selectors';
import { useSelectedModel } from '@/lib/store/use-selected-model';
import { usePaneIndex, usePaneSettings, useSetParameter } from './pane-context';
import { ReasoningControls } from './reasoning-controls';
import { ResponseFormatField } from './response-format-field';
import { SeedField } from './seed-field';
import { ServiceTierSelect } from './service-tier-select';
import { StopSequencesField } from './stop-sequences-field';
import { usePaneRules } from './use-pane-rules';

/** This pane's model's completion-token ceiling: live info first, the capability table before it loads. */
function useMaxTokensCeiling(): number {
  const pane = usePaneIndex();
  const model = usePaneSettings((p) => p.model);
  return maxTokensCeiling(model, useSelectedModel(pane));
}

/** Moderation needs a live guard model; without one the switch is off and says why. */
function useGuardAvailability(): { model: string | null; reason: string | null } {
  const { data } = useQuery(modelsQueryOptions);
  return data?.guard ?? { model: null, reason: null };
}

/** The full parameters of one pane (pane 1 in the single view; the pane whose More was pressed). */
export function ParametersPanel() {
  const pane = usePaneIndex();
  const s = usePlaygroundStore(useShallow((state) => selectPane(state, pane)));
  const paneCount = usePlaygroundStore((state) => (state.compare ? state.panes.length : 1));
  const resetParameters = usePlaygroundStore((s) => s.resetParameters);
  const setParameter = useSetParameter();
  const ceiling = useMaxTokensCeiling();
  const storeNotice = usePlaygroundStore((state) => state.paneNotices[s.id] ?? null);
  const { about } = usePaneRules();
  // The store's note when it lowered the setting; else the rules' when only the request is lowered.
  const notice = storeNotice ?? about('maxCompletionTokens')[0]?.message ?? null;
  const guard = useGuardAvailability();
  const json = isJsonResponse(s);
  // The reason is given once, under Response Format; the fields it turns off point there.
  const jsonReason = 'Off while Response Format is JSON.';
  const guardMissing = guard.model === null && guard.reason !== null;

  return (
    <section aria-labelledby="parameters-heading" className="flex flex-col gap-4">
      <div className="flex items-center justify-between">
        <h2 id="parameters-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
          Parameters{paneCount > 1 ? ` · Pane ${pane + 1}` : ''}
        </h2>
        <Button size="xs" onClick={() => resetParameters(pane)}>
          Reset parameters
        </Button>
      </div>
      <ApiSelect />
      <SliderField
        label="Temperature"
        value={s.temperature}
        min={TEMPERATURE.min}
        max={TEMPERATURE.max}
        step={TEMPERATURE.step}
        onChange={(v) => setParameter('temperature', v)}
      />
      <SliderField
        label="Max Completion Tokens"
        value={Math.min(s.maxCompletionTokens, ceiling)}
        min={MAX_COMPLETION_TOKENS.min}
        max={ceiling}
        step={1}
        onChange={(v) => setParameter('maxCompletionTokens', v)}
      />
      <p role="status" className="-mt-3 text-xs text-amber-700 empty:hidden dark:text-amber-300">
        {notice}
      </p>
      <SliderField
        label="Top P"
        value={s.topP}
        min={TOP_P.min}
        max={TOP_P.max}
        step={TOP_P.step}
        onChange={(v) => setParameter('topP', v)}
      />
      <SeedField value={s.seed} onChange={(v) => setParameter('seed', v)} />
      <StopSequencesField
        value={s.stop}
        onChange={(v) => setParameter('stop', v)}
        disabled={json}
        description={json ? jsonReason : undefined}
      />
      <Switch
        label="Stream"
        checked={s.stream && !json}
        onChange={(v) => setParameter('stream', v)}
        disabled={json}
        description={json ? jsonReason : undefined}
      />
      <ResponseFormatField />
      <ReasoningControls />
      <ServiceTierSelect />
      <Switch
        label="Moderation"
        checked={s.moderation && !guardMissing}
        onChange={(v) => setParameter('moderation', v)}
        disabled={guardMissing}
        description={
          guardMissing
            ? `Unavailable: ${guard.reason}`
            : `Screen the prompt${guard.model ? ` with ${guard.model}` : ''} before answering, and the answer after.`
        }
      />
    </section>
  );
}
