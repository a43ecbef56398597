'use client';

import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Field, TextArea } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { SliderField } from '@/components/ui/slider-field';
import type { CatalogModel } from '@/lib/models/catalog';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import {
  estimatePromptTokens,
  PROMPT_TOKEN_LIMIT,
  type ResponseFormat,
  type SttTask,
} from '@/lib/stt/formats';
import { STT_LANGUAGES } from '@/lib/stt/languages';
import { languageUnavailableReason, STT_MODELS } from '@/lib/stt/models';
import { effectiveOptions } from '@/lib/stt/options';
import { LiveModelSelect } from './live-model-select';
import { TaskRadios } from './task-radios';

const fieldLabel = 'text-sm font-medium';
const control = 'w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm disabled:opacity-60';
const hint = 'text-xs text-muted';

const FORMATS: { id: ResponseFormat; label: string }[] = [
  { id: 'json', label: 'json' },
  { id: 'verbose_json', label: 'verbose_json (segments)' },
  { id: 'text', label: 'text' },
];

function modelLabel(model: CatalogModel): string {
  const speech = model.speech;
  const traits = [
    speech?.multilingual ? 'multilingual' : 'English-only',
    speech?.translation ? 'translates' : null,
  ];
  return `${model.name} · ${traits.filter(Boolean).join(', ')}`;
}

function ModelSelect() {
  const model = usePlaygroundStore((s) => s.stt.model);
  const setModel = usePlaygroundStore((s) => s.setSttModel);
  return (
    <LiveModelSelect
      kind="speech"
      value={model}
      onChange={setModel}
      fallback={STT_MODELS}
      labelOf={(m) => (m.speech ? modelLabel(m) : m.name)}
    />
  );
}

function LanguageSelect({ task, language }: { task: SttTask; language: string }) {
  const id = useId();
  const model = usePlaygroundStore((s) => s.stt.model);
  const setOption = usePlaygroundStore((s) => s.setSttOption);
  const reason = languageUnavailableReason(model, task);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={fieldLabel}>
        Language
      </label>
      <select
        id={id}
        value={reason ? '' : language}
        disabled={reason !== null}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setOption('language', e.target.value)}
        className={control}
      >
        <option value="">{reason ? 'Not applicable' : 'Auto-detect'}</option>
        {STT_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code}>
            {l.name} ({l.code})
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className={hint}>
        {reason ?? 'The spoken language (ISO-639-1). Setting it can improve accuracy and speed.'}
      </p>
    </div>
  );
}

function PromptField() {
  const id = useId();
  const prompt = usePlaygroundStore((s) => s.stt.prompt);
  const setOption = usePlaygroundStore((s) => s.setSttOption);
  const tokens = estimatePromptTokens(prompt);
  const over = tokens > PROMPT_TOKEN_LIMIT;
  return (
    <div className="flex flex-col gap-1">
      <Field
        label="Prompt"
        describedBy={`${id}-count`}
        hint="A style or spelling hint, treated as the transcript before this audio — not instructions."
      >
        {(control) => (
          <TextArea
            {...control}
            dense
            dir="auto"
            rows={3}
            value={prompt}
            placeholder="Spellings and style, e.g. “GroqCloud, LPU, Llama”"
            onChange={(e) => setOption('prompt', e.target.value)}
          />
        )}
      </Field>
      <p
        id={`${id}-count`}
        aria-live="polite"
        className={over ? 'text-xs font-medium text-amber-800 dark:text-amber-300' : hint}
      >
        ≈ {tokens} of {PROMPT_TOKEN_LIMIT} tokens (an estimate)
        {over
          ? ` — over Groq's ${PROMPT_TOKEN_LIMIT}-token prompt limit; shorten it or the request may fail.`
          : ''}
      </p>
    </div>
  );
}

function FormatSelect() {
  const format = usePlaygroundStore((s) => s.stt.responseFormat);
  const setOption = usePlaygroundStore((s) => s.setSttOption);
  return (
    <SelectField
      label="Response Format"
      value={format}
      options={FORMATS.map((f) => ({ value: f.id, label: f.label }))}
      onChange={(value) => setOption('responseFormat', value)}
    />
  );
}

/** Model, Task, Language, Prompt, Response Format and Temperature, bounded by the model catalog. */
export function SttOptionsPanel() {
  const options = usePlaygroundStore(
    useShallow(({ stt: s }) => ({
      model: s.model,
      task: s.task,
      language: s.language,
      prompt: s.prompt,
      responseFormat: s.responseFormat,
      temperature: s.temperature,
    })),
  );
  const effective = effectiveOptions(options);
  const setOption = usePlaygroundStore((s) => s.setSttOption);
  return (
    <div className="flex flex-col gap-5">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">Options</h2>
      <ModelSelect />
      <TaskRadios />
      <LanguageSelect task={effective.task} language={effective.language} />
      <PromptField />
      <FormatSelect />
      <SliderField
        label="Temperature"
        value={options.temperature}
        min={0}
        max={1}
        step={0.01}
        onChange={(value) => setOption('temperature', value)}
      />
    </div>
  );
}
