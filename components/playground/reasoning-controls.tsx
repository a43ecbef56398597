'use client';

import { SelectField } from '@/components/ui/select-field';
import { Switch } from '@/components/ui/switch';
import {
  capabilitiesOf,
  findCatalogModel,
  type ReasoningEffort,
  type ReasoningFormat,
} from '@/lib/models/catalog';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { usePaneSettings, useSetParameter } from './pane-context';

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
  const model = usePaneSettings((p) => p.model);
  const effort = usePaneSettings((p) => p.reasoningEffort);
  const format = usePaneSettings((p) => p.reasoningFormat);
  const include = usePaneSettings((p) => p.includeReasoning);
  const responseFormat = usePaneSettings((p) => p.responseFormat);
  const toolCount = usePlaygroundStore((s) => s.tools.length);
  const setParameter = useSetParameter();
  const support = capabilitiesOf(model).reasoning;
  if (!support) return null;
  const known = findCatalogModel(model) !== undefined;

  const effortValue = effort && support.efforts.includes(effort) ? effort : NOT_SENT;
  const defaultEffortLabel = notSentEffortLabel(support.defaultEffort);
  const formatValue = format && support.formats.includes(format) ? format : NOT_SENT;
  const rawBlocked = responseFormat !== 'text' || toolCount > 0;
  const formatSent = formatValue !== NOT_SENT && !(formatValue === 'raw' && rawBlocked);

  return (
    <>
      {support.efforts.length > 0 ? (
        <SelectField<ReasoningEffort | ''>
          label="Reasoning Effort"
          value={effortValue}
          options={[
            { value: NOT_SENT, label: defaultEffortLabel },
            ...support.efforts.map((value) => ({ value, label: value })),
          ]}
          onChange={(value) => setParameter('reasoningEffort', value === NOT_SENT ? null : value)}
          description={
            known ? null : 'Capabilities unknown for this model: Groq decides whether it takes this.'
          }
        />
      ) : null}
      {support.formats.length > 0 ? (
        <SelectField<ReasoningFormat | ''>
          label="Reasoning Format"
          value={formatValue}
          options={[
            { value: NOT_SENT, label: 'default (not sent)' },
            ...support.formats.map((value) => ({
              value,
              label: value === 'raw' && rawBlocked ? 'raw (not with JSON or tools)' : value,
              disabled: value === 'raw' && rawBlocked,
            })),
          ]}
          onChange={(value) => setParameter('reasoningFormat', value === NOT_SENT ? null : value)}
          description={
            formatValue === 'raw' && rawBlocked
              ? 'Groq refuses raw with JSON or tools, so it is not sent; pick parsed or hidden.'
              : null
          }
        />
      ) : null}
      {support.includeReasoning ? (
        <Switch
          label="Include Reasoning"
          checked={include && !formatSent}
          disabled={formatSent}
          onChange={(value) => setParameter('includeReasoning', value)}
          description={
            formatSent
              ? 'Groq takes Include Reasoning or Reasoning Format, not both: the format is set.'
              : 'Off sends include_reasoning: false (no thinking in the answer).'
          }
        />
      ) : null}
    </>
  );
}
