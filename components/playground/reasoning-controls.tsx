'use client';

import { SelectField } from '@/components/ui/select-field';
import { Switch } from '@/components/ui/switch';
import type { ReasoningEffort, ReasoningFormat } from '@/lib/models/catalog';
import { usePaneSettings, useSetParameter } from './pane-context';
import { usePaneRules } from './use-pane-rules';

const NOT_SENT = '';

/**
 * Reasoning Effort, Reasoning Format and Include Reasoning, each shown only where the model takes it
 * (gpt-oss: effort low/medium/high and Include Reasoning; Qwen3.8: effort none…high and a format;
 * unknown models: everything, nothing sent until chosen).
 */
/**
 * The Reasoning Effort option that sends nothing: "default (medium)" names what Groq then uses; a
 * model whose default is itself called `default` (qwen3.8: thinking) reads "default (not sent)",
 * never "default (default)" next to the `default` value it can also send.
 */
export function notSentEffortLabel(defaultEffort: ReasoningEffort | null): string {
  if (!defaultEffort) return 'not sent';
  return defaultEffort === 'default' ? 'default (not sent)' : `default (${defaultEffort})`;
}

export function ReasoningControls() {
  const effort = usePaneSettings((p) => p.reasoningEffort);
  const format = usePaneSettings((p) => p.reasoningFormat);
  const include = usePaneSettings((p) => p.includeReasoning);
  const setParameter = useSetParameter();
  const { model, request, about } = usePaneRules();
  const support = model.capabilities.reasoning;
  if (!support) return null;

  // What the panel shows is what lib/rules sends: the effort sent, the format chosen (with the rules'
  // notice when it is sent otherwise), Include Reasoning as sent.
  const effortValue = effort && support.efforts.includes(effort) ? effort : NOT_SENT;
  const formatValue = format && support.formats.includes(format) ? format : NOT_SENT;
  const formatSent = request.reasoning_format != null;
  const formatNotice = about('reasoningFormat')[0]?.message ?? null;
  const includeNotice = about('includeReasoning')[0]?.message ?? null;

  return (
    <>
      {support.efforts.length > 0 ? (
        <SelectField<ReasoningEffort | ''>
          label="Reasoning Effort"
          value={effortValue}
          options={[
            { value: NOT_SENT, label: notSentEffortLabel(support.defaultEffort) },
            ...support.efforts.map((value) => ({ value, label: value })),
          ]}
          onChange={(value) => setParameter('reasoningEffort', value === NOT_SENT ? null : value)}
          description={
            model.known ? null : 'Capabilities unknown for this model: Groq decides whether it takes this.'
          }
        />
      ) : null}
      {support.formats.length > 0 ? (
        <SelectField<ReasoningFormat | ''>
          label="Reasoning Format"
          value={formatValue}
          options={[
            { value: NOT_SENT, label: 'default (not sent)' },
            ...support.formats.map((value) => ({ value, label: value })),
          ]}
          onChange={(value) => setParameter('reasoningFormat', value === NOT_SENT ? null : value)}
          description={formatNotice}
        />
      ) : null}
      {support.includeReasoning ? (
        <Switch
          label="Include Reasoning"
          checked={include && !formatSent}
          disabled={formatSent}
          onChange={(value) => setParameter('includeReasoning', value)}
          description={
            includeNotice ??
            (formatSent
              ? 'Groq takes Include Reasoning or Reasoning Format, not both: the format is sent.'
              : 'Off sends include_reasoning: false (no thinking in the answer).')
          }
        />
      ) : null}
    </>
  );
}
