'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SliderField } from '@/components/ui/slider-field';
import { Switch } from '@/components/ui/switch';
import { useSelectedModel } from '@/lib/client/use-selected-model';
import { findCatalogModel, isReasoningModel } from '@/lib/models/catalog';
import { MAX_COMPLETION_TOKENS, TEMPERATURE, TOP_P } from '@/lib/schema/limits';
import { useSettingsStore } from '@/lib/store/settings-store';
import { JsonModeHint } from './json-mode-hint';
import { ReasoningFormatSelect } from './reasoning-format-select';
import { SeedField } from './seed-field';
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

export function ParametersPanel() {
  const s = useSettingsStore();
  const ceiling = useMaxTokensCeiling();
  const notice = useClampToModel(ceiling);
  const jsonReason = 'JSON mode does not support this (Groq docs: no streaming, no stop sequences).';

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
        disabled={s.jsonMode}
        description={s.jsonMode ? jsonReason : undefined}
      />
      <Switch
        label="Stream"
        checked={s.stream && !s.jsonMode}
        onChange={(v) => s.setParameter('stream', v)}
        disabled={s.jsonMode}
        description={s.jsonMode ? jsonReason : undefined}
      />
      <Switch label="JSON Mode" checked={s.jsonMode} onChange={(v) => s.setParameter('jsonMode', v)} />
      {s.jsonMode ? <JsonModeHint /> : null}
      {isReasoningModel(s.model) ? (
        <ReasoningFormatSelect
          value={s.reasoningFormat}
          onChange={(v) => s.setParameter('reasoningFormat', v)}
        />
      ) : null}
      <Switch
        label="Moderation"
        checked={s.moderation}
        onChange={(v) => s.setParameter('moderation', v)}
        description="Screen messages with Llama Guard before answering."
      />
    </section>
  );
}
