'use client';

import { useId } from 'react';
import { LiveModelSelect } from '@/components/stt/live-model-select';
import { Field, Input } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { SliderField } from '@/components/ui/slider-field';
import {
  findTtsModel,
  TTS_MODELS,
  TTS_SPEED_RANGE,
  type TtsModel,
  type TtsResponseFormat,
  type TtsSampleRate,
} from '@/lib/models/tts';
import { usePlaygroundStore } from '@/lib/store/playground-store';

const fieldLabel = 'text-sm font-medium';
const control = 'w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm disabled:opacity-60';

function ModelSelect() {
  const model = usePlaygroundStore((s) => s.tts.model);
  const setModel = usePlaygroundStore((s) => s.setTtsModel);
  return (
    <LiveModelSelect
      kind="tts"
      value={model}
      onChange={setModel}
      fallback={TTS_MODELS}
      labelOf={(m) => (m.name === m.id ? m.id : `${m.name} (${m.id})`)}
    />
  );
}

function VoiceSelect({ spec }: { spec: TtsModel | undefined }) {
  const id = useId();
  const voice = usePlaygroundStore((s) => s.tts.voice);
  const invalid = usePlaygroundStore((s) => s.tts.refusal?.field === 'voice');
  const setOption = usePlaygroundStore((s) => s.setTtsOption);
  if (!spec) {
    // A model only the live list knows: its voices are not in the table, so the voice is typed.
    return (
      <Field label="Voice">
        {(control) => (
          <Input {...control} dense value={voice} onChange={(e) => setOption('voice', e.target.value)} />
        )}
      </Field>
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
  const format = usePlaygroundStore((s) => s.tts.responseFormat);
  const setOption = usePlaygroundStore((s) => s.setTtsOption);
  return (
    <SelectField
      label="Response Format"
      value={format}
      options={formats.map((f) => ({ value: f, label: f.toUpperCase() }))}
      onChange={(value) => setOption('responseFormat', value)}
      description={
        formats.length === 1 && formats[0] === 'wav'
          ? "WAV only: Groq's Orpheus docs confirm no other format, sample rate or speed."
          : 'The audio format Groq returns.'
      }
    />
  );
}

function SampleRateSelect({ rates }: { rates: readonly TtsSampleRate[] }) {
  const rate = usePlaygroundStore((s) => s.tts.sampleRate);
  const setOption = usePlaygroundStore((s) => s.setTtsOption);
  return (
    <SelectField
      label="Sample Rate"
      value={rate === null ? '' : String(rate)}
      options={[
        { value: '', label: 'Model default' },
        ...rates.map((r) => ({ value: String(r), label: `${r} Hz` })),
      ]}
      onChange={(value) => setOption('sampleRate', value ? (Number(value) as TtsSampleRate) : null)}
    />
  );
}

/** Model, Voice, and the format controls the model supports (from lib/models/tts.ts). */
export function TtsOptionsPanel() {
  const model = usePlaygroundStore((s) => s.tts.model);
  const speed = usePlaygroundStore((s) => s.tts.speed);
  const gapMs = usePlaygroundStore((s) => s.tts.gapMs);
  const setOption = usePlaygroundStore((s) => s.setTtsOption);
  const spec = findTtsModel(model);
  return (
    <div className="flex flex-col gap-5">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">Options</h2>
      <ModelSelect />
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
