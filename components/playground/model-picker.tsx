'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { modelsQueryOptions } from '@/lib/client/models-query';
import type { ModelInfo } from '@/lib/models/model-info';
import { useSettingsStore } from '@/lib/store/settings-store';

function optionLabel(model: ModelInfo): string {
  const badges = [
    model.capabilities.vision ? 'vision' : null,
    model.capabilities.tools ? 'tools' : null,
    model.capabilities.jsonMode ? 'JSON' : null,
  ].filter(Boolean);
  const context =
    model.contextWindow >= 1024 ? `${Math.round(model.contextWindow / 1024)}k` : `${model.contextWindow}`;
  const deprecated = model.deprecation ? ` — deprecated, use ${model.deprecation.replacements[0]?.id}` : '';
  return `${model.name} · ${context} ctx${badges.length ? ` · ${badges.join(', ')}` : ''}${deprecated}`;
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

export function ModelPicker() {
  const id = useId();
  const model = useSettingsStore((s) => s.model);
  const setModel = useSettingsStore((s) => s.setModel);
  const { data, error, isPending } = useQuery(modelsQueryOptions);
  const chatModels = data?.data.filter((m) => m.kind === 'chat') ?? [];
  const known = chatModels.some((m) => m.id === model);

  return (
    <div className="flex w-full min-w-0 items-center gap-2">
      <label htmlFor={id} className="sr-only text-sm font-medium xl:not-sr-only">
        Model
      </label>
      <select
        id={id}
        value={model}
        onChange={(event) => setModel(event.target.value)}
        className="w-0 min-w-0 flex-1 rounded-md border border-neutral-300 bg-white px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900"
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {!known ? <option value={model}>{isPending ? `${model} (loading models…)` : model}</option> : null}
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
