'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { modelsQueryOptions } from '@/lib/client/models-query';
import { liveChatModels, type ModelInfo } from '@/lib/models/model-info';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { usePaneIndex, usePaneSettings } from './pane-context';

const tokens = (n: number) => (n >= 1024 ? `${Math.round(n / 1024)}k` : `${n}`);

/** Name, live limits, speed and what the capability table says (or that it does not know the model). */
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
  const speed = model.outputTokensPerSecond ? `~${model.outputTokensPerSecond} tok/s` : null;
  // A partial shutdown (Llama 3.x: gone for free and developer tiers, kept for enterprise keys) says
  // so; a server that still serves a fully retired id gets the date and Groq's replacement.
  const retired = model.deprecation;
  const deprecated = !retired
    ? ''
    : retired.note
      ? ` — ${retired.note} (since ${retired.shutdownDate})`
      : ` — retired by Groq ${retired.shutdownDate}${retired.replacements[0] ? `, use ${retired.replacements[0].id}` : ''}`;
  return `${model.name} · ${limits}${preview}${speed ? ` · ${speed}` : ''}${badges.length ? ` · ${badges.join(', ')}` : ''} · ${model.id}${deprecated}`;
}

/** The list's groups: by owner (Groq's `owned_by`, else the table's developer). */
function groupByOwner(models: ModelInfo[]): [string, ModelInfo[]][] {
  const groups = new Map<string, ModelInfo[]>();
  for (const model of models) {
    const owner = model.ownedBy ?? model.developer;
    const list = groups.get(owner) ?? [];
    list.push(model);
    groups.set(owner, list);
  }
  return [...groups.entries()];
}

/**
 * The Model select of this pane; a choice goes through `setModel`, which applies the model's rules.
 * The closed select shows the model's display name over its full id (a native select shows one line,
 * which cut `openai/gpt-oss-120b` at every width); the real select lies transparent on top, so it
 * keeps the platform's list, keyboard and accessible name.
 */
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
  const selected = chatModels.find((m) => m.id === model);
  const placeholder = isPending
    ? `${model || 'Loading models'} (loading models…)`
    : `${model} (not available)`;
  const title = selected?.name ?? (isPending ? 'Loading models…' : 'Not available');

  return (
    <div className="flex w-full min-w-0 items-center gap-2">
      <label htmlFor={id} className="sr-only text-sm font-medium xl:not-sr-only">
        {label}
      </label>
      <div className="relative min-w-0 flex-1 rounded-md border border-line bg-surface focus-within:outline-2 focus-within:outline-offset-1 focus-within:outline-groq-strong hover:bg-neutral-50 dark:hover:bg-neutral-800">
        <div aria-hidden="true" className="flex min-w-0 items-center gap-1 py-0.5 pr-1.5 pl-2">
          <span className="flex min-w-0 flex-1 flex-col leading-tight">
            <span className="truncate text-[13px] font-medium">{title}</span>
            <span className="truncate font-mono text-[11px] text-muted">{model}</span>
          </span>
          <span className="shrink-0 text-xs text-muted">▾</span>
        </div>
        <select
          id={id}
          value={model}
          onChange={(event) => setModel(event.target.value)}
          className="absolute inset-0 h-full w-full cursor-pointer appearance-none opacity-0"
          title={selected ? `${selected.name} (${selected.id})` : model}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {!selected ? <option value={model}>{placeholder}</option> : null}
          {groupByOwner(chatModels).map(([owner, models]) => (
            <optgroup key={owner} label={owner}>
              {models.map((m) => (
                <option key={m.id} value={m.id}>
                  {optionLabel(m)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
          Could not load models: {error.message}
        </p>
      ) : null}
    </div>
  );
}
