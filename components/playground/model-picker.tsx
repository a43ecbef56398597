'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { modelsQueryOptions } from '@/lib/client/models-query';
import { liveChatModels, type ModelInfo } from '@/lib/models/model-info';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { usePaneIndex, usePaneSettings } from './pane-context';

const tokens = (n: number) => (n >= 1024 ? `${Math.round(n / 1024)}k` : `${n}`);

/** Name, live limits and what the capability table says (or that it does not know the model). */
export function optionLabel(model: ModelInfo): string {
  const c = model.capabilities;
  const badges = model.inCatalog
    ? [
        c.reasoning ? 'reasoning' : null,
        c.vision ? 'vision' : null,
        c.tools ? 'tools' : null,
        c.jsonSchema ? 'JSON schema' : c.jsonMode ? 'JSON' : null,
        c.builtInTools ? 'search & code' : null,
      ].filter(Boolean)
    : ['capabilities unknown'];
  const limits = `${tokens(model.contextWindow)} ctx, ${tokens(model.maxCompletionTokens)} out`;
  const preview = model.preview ? ' · preview' : '';
  // A partial shutdown (Llama 3.x: gone for free and developer tiers, kept for enterprise keys) says
  // so; a server that still serves a fully retired id gets the date and Groq's replacement.
  const retired = model.deprecation;
  const deprecated = !retired
    ? ''
    : retired.note
      ? ` — ${retired.note} (since ${retired.shutdownDate})`
      : ` — retired by Groq ${retired.shutdownDate}${retired.replacements[0] ? `, use ${retired.replacements[0].id}` : ''}`;
  return `${model.name} · ${limits}${preview}${badges.length ? ` · ${badges.join(', ')}` : ''}${deprecated}`;
}

function groupByDeveloper(models: ModelInfo[]): [string, ModelInfo[]][] {
  const groups = new Map<string, ModelInfo[]>();
  for (const model of models) {
    const list = groups.get(model.developer) ?? [];
    list.push(model);
    groups.set(model.developer, list);
  }
  return [...groups.entries()];
}

/** The Model select of this pane; a choice goes through `setModel`, which applies the model's rules. */
export function ModelPicker({ label = 'Model' }: { label?: string }) {
  const id = useId();
  const pane = usePaneIndex();
  const model = usePaneSettings((p) => p.model);
  const { data, error, isPending } = useQuery(modelsQueryOptions);
  const setPaneModel = usePlaygroundStore((s) => s.setModel);
  const setModel = (next: string) =>
    setPaneModel(
      pane,
      next,
      data?.data.find((m) => m.id === next),
    );
  const chatModels = data ? liveChatModels(data.data) : [];
  const known = chatModels.some((m) => m.id === model);
  const placeholder = isPending
    ? `${model || 'Loading models'} (loading models…)`
    : `${model} (not available)`;

  return (
    <div className="flex w-full min-w-0 items-center gap-2">
      <label htmlFor={id} className="sr-only text-sm font-medium xl:not-sr-only">
        {label}
      </label>
      <select
        id={id}
        value={model}
        onChange={(event) => setModel(event.target.value)}
        className="w-0 min-w-0 flex-1 rounded-md border border-neutral-300 bg-white px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900"
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {!known ? <option value={model}>{placeholder}</option> : null}
        {groupByDeveloper(chatModels).map(([developer, models]) => (
          <optgroup key={developer} label={developer}>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {optionLabel(m)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
          Could not load models: {error.message}
        </p>
      ) : null}
    </div>
  );
}
