'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { TaskRadios } from '@/components/speech/task-radios';
import { SelectField } from '@/components/ui/select-field';
import { SliderField } from '@/components/ui/slider-field';
import { modelsQueryOptions } from '@/lib/client/models-query';
import {
  findTtsModel,
  TTS_MODELS,
  TTS_SPEED_RANGE,
  type TtsModel,
  type TtsResponseFormat,
  type TtsSampleRate,
} from '@/lib/models/tts';
import { useTtsStore } from '@/lib/store/tts-store';

const fieldLabel = 'text-sm font-medium';
const control =
  'w-full rounded-md border border-neutral-300 bg-white px-2 py-1.5 text-sm disabled:opacity-60 dark:border-neutral-700 dark:bg-neutral-900';
const hint = 'text-xs text-neutral-600 dark:text-neutral-400';

/** The live list's TTS models (the table's while it loads), plus the current id if it is not among them. */
function useTtsModels(current: string): { id: string; label: string }[] {
  const { data } = useQuery(modelsQueryOptions);
  const live = data ? data.data.filter((m) => m.kind === 'tts') : TTS_MODELS;
  const models = live.map((m) => ({ id: m.id, label: m.name === m.id ? m.id : `${m.name} (${m.id})` }));
  if (!models.some((m) => m.id === current))
    models.push({ id: current, label: `${current} (not available)` });
  return models;
}

function ModelSelect() {
  const model = useTtsStore((s) => s.model);
  const setModel = useTtsStore((s) => s.setModel);
  const models = useTtsModels(model);
  return (
    <SelectField
      label="Model"
      value={model}
      options={models.map((m) => ({ value: m.id, label: m.label }))}
      onChange={setModel}
    />
  );
}

function VoiceSelect({ spec }: { spec: TtsModel | undefined }) {
  const id = useId();
  const voice = useTtsStore((s) => s.voice);
  const invalid = useTtsStore((s) => s.refusal?.field === 'voice');
  const setOption = useTtsStore((s) => s.setOption);
  if (!spec) {
    // A model only the live list knows: its voices are not in the table, so the voice is typed.
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className={fieldLabel}>
          Voice
        </label>
        <input
          id={id}
          value={voice}
          onChange={(e) => setOption('voice', e.target.value)}
          className={control}
        />
      </div>
    );
  }
  const known = spec.voices.some((v) => v.id === voice);
  const group = (gender: 'female' | 'male') => spec.voices.filter((v) => v.gender === gender);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={fieldLabel}>
        Voice
      </label>
      <select
        id={id}
        value={voice}
        aria-invalid={invalid || !known}
        onChange={(e) => setOption('voice', e.target.value)}
        className={control}
      >
        {(['female', 'male'] as const).map((gender) => (
          <optgroup key={gender} label={gender === 'female' ? 'Female' : 'Male'}>
            {group(gender).map((v) => (
              <option key={v.id} value={v.id}>
                {v.id} ({gender})
              </option>
            ))}
          </optgroup>
        ))}
        {known ? null : <option value={voice}>{voice} (not a voice of this model)</option>}
      </select>
    </div>
  );
}

function FormatSelect({ formats }: { formats: readonly TtsResponseFormat[] }) {
  const id = useId();
  const format = useTtsStore((s) => s.responseFormat);
  const setOption = useTtsStore((s) => s.setOption);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={fieldLabel}>
        Response Format
      </label>
      <select
        id={id}
        value={format}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setOption('responseFormat', e.target.value as TtsResponseFormat)}
        className={control}
      >
        {formats.map((f) => (
          <option key={f} value={f}>
            {f.toUpperCase()}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className={hint}>
        {formats.length === 1 && formats[0] === 'wav'
          ? "WAV only: Groq's Orpheus docs confirm no other format, sample rate or speed."
          : 'The audio format Groq returns.'}
      </p>
    </div>
  );
}

function SampleRateSelect({ rates }: { rates: readonly TtsSampleRate[] }) {
  const id = useId();
  const rate = useTtsStore((s) => s.sampleRate);
  const setOption = useTtsStore((s) => s.setOption);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={fieldLabel}>
        Sample Rate
      </label>
      <select
        id={id}
        value={rate ?? ''}
        onChange={(e) =>
          setOption('sampleRate', e.target.value ? (Number(e.target.value) as TtsSampleRate) : null)
        }
        className={control}
      >
        <option value="">Model default</option>
        {rates.map((r) => (
          <option key={r} value={r}>
            {r} Hz
          </option>
        ))}
      </select>
    </div>
  );
}

/** Model, Voice, and the format controls the model supports (from lib/models/tts.ts). */
export function TtsOptionsPanel() {
  const model = useTtsStore((s) => s.model);
  const speed = useTtsStore((s) => s.speed);
  const gapMs = useTtsStore((s) => s.gapMs);
  const setOption = useTtsStore((s) => s.setOption);
  const spec = findTtsModel(model);
  return (
    <div className="flex flex-col gap-5">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">
        Options
      </h2>
      <ModelSelect />
      <TaskRadios />
      <VoiceSelect spec={spec} />
      <FormatSelect formats={spec?.responseFormats ?? ['wav']} />
      {spec?.sampleRates.length ? <SampleRateSelect rates={spec.sampleRates} /> : null}
      {spec?.speed ? (
        <SliderField
          label="Speed"
          value={speed}
          min={TTS_SPEED_RANGE.min}
          max={TTS_SPEED_RANGE.max}
          step={0.1}
          onChange={(value) => setOption('speed', value)}
        />
      ) : null}
      <SliderField
        label="Pause Between Pieces (ms)"
        value={gapMs}
        min={0}
        max={1000}
        step={50}
        onChange={(value) => setOption('gapMs', value)}
      />
    </div>
  );
}
