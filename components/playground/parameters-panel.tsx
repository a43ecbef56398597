'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SliderField } from '@/components/ui/slider-field';
import { Switch } from '@/components/ui/switch';
import { modelsQueryOptions } from '@/lib/client/models-query';
import { useSelectedModel } from '@/lib/client/use-selected-model';
import { findCatalogModel } from '@/lib/models/catalog';
import { MAX_COMPLETION_TOKENS, TEMPERATURE, TOP_P } from '@/lib/schema/limits';
import { isJsonResponse } from '@/lib/store/request-options';
import { useSettingsStore } from '@/lib/store/settings-store';
import { ReasoningControls } from './reasoning-controls';
import { ResponseFormatField } from './response-format-field';
import { SeedField } from './seed-field';
import { ServiceTierSelect } from './service-tier-select';
import { StopSequencesField } from './stop-sequences-field';

const FALLBACK_MAX_TOKENS = 8_192;

/** The selected model's completion-token ceiling: live info first, the catalog before it loads. */
function useMaxTokensCeiling(): number {
  const model = useSettingsStore((s) => s.model);
  const info = useSelectedModel();
  return info?.maxCompletionTokens || findCatalogModel(model)?.maxCompletionTokens || FALLBACK_MAX_TOKENS;
}

/** Changing the model clamps out-of-range values and says so. */
function useClampToModel(ceiling: number): string | null {
  const model = useSettingsStore((s) => s.model);
  const maxCompletionTokens = useSettingsStore((s) => s.maxCompletionTokens);
  const setParameter = useSettingsStore((s) => s.setParameter);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (maxCompletionTokens > ceiling) {
      setParameter('maxCompletionTokens', ceiling);
      setNotice(
        `Max Completion Tokens lowered from ${maxCompletionTokens} to ${ceiling}, the maximum for ${model}.`,
      );
    }
  }, [ceiling, maxCompletionTokens, model, setParameter]);
  return notice;
}

/** Moderation needs a live guard model; without one the switch is off and says why. */
function useGuardAvailability(): { model: string | null; reason: string | null } {
  const { data } = useQuery(modelsQueryOptions);
  return data?.guard ?? { model: null, reason: null };
}

export function ParametersPanel() {
  const s = useSettingsStore();
  const ceiling = useMaxTokensCeiling();
  const notice = useClampToModel(ceiling);
  const guard = useGuardAvailability();
  const json = isJsonResponse(s);
  const jsonReason = 'JSON responses are not streamed and take no stop sequences (Groq docs).';
  const guardMissing = guard.model === null && guard.reason !== null;

  return (
    <section aria-labelledby="parameters-heading" className="flex flex-col gap-4">
      <div className="flex items-center justify-between">
        <h2
          id="parameters-heading"
          className="text-sm font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400"
        >
          Parameters
        </h2>
        <Button size="xs" onClick={s.resetParameters}>
          Reset parameters
        </Button>
      </div>
      <SliderField
        label="Temperature"
        value={s.temperature}
        min={TEMPERATURE.min}
        max={TEMPERATURE.max}
        step={TEMPERATURE.step}
        onChange={(v) => s.setParameter('temperature', v)}
      />
      <SliderField
        label="Max Completion Tokens"
        value={Math.min(s.maxCompletionTokens, ceiling)}
        min={MAX_COMPLETION_TOKENS.min}
        max={ceiling}
        step={1}
        onChange={(v) => s.setParameter('maxCompletionTokens', v)}
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
        onChange={(v) => s.setParameter('topP', v)}
      />
      <SeedField value={s.seed} onChange={(v) => s.setParameter('seed', v)} />
      <StopSequencesField
        value={s.stop}
        onChange={(v) => s.setParameter('stop', v)}
        disabled={json}
        description={json ? jsonReason : undefined}
      />
      <Switch
        label="Stream"
        checked={s.stream && !json}
        onChange={(v) => s.setParameter('stream', v)}
        disabled={json}
        description={json ? jsonReason : undefined}
      />
      <ResponseFormatField />
      <ReasoningControls />
      <ServiceTierSelect />
      <Switch
        label="Moderation"
        checked={s.moderation && !guardMissing}
        onChange={(v) => s.setParameter('moderation', v)}
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
