'use client';

import { useId } from 'react';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { SttTask } from '@/lib/stt/formats';
import { translationUnavailableReason } from '@/lib/stt/models';
import { effectiveOptions } from '@/lib/stt/options';

const fieldLabel = 'text-sm font-medium';
const hint = 'text-xs text-muted';

/**
 * Speech to Text's Task: Transcribe (text in the spoken language) or Translate (English text).
 * Translate stays visible but disabled, with the reason, where the model cannot translate.
 */
export function TaskRadios() {
  const id = useId();
  const model = usePlaygroundStore((s) => s.stt.model);
  const task = usePlaygroundStore((s) => effectiveOptions(s.stt).task);
  const setOption = usePlaygroundStore((s) => s.setSttOption);
  const reason = translationUnavailableReason(model);
  const options: { value: SttTask; label: string; disabled: boolean }[] = [
    { value: 'transcribe', label: 'Transcribe', disabled: false },
    { value: 'translate', label: 'Translate', disabled: reason !== null },
  ];
  return (
    <div className="flex flex-col gap-1">
      <span id={`${id}-label`} className={fieldLabel}>
        Task
      </span>
      <div role="radiogroup" aria-labelledby={`${id}-label`} className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label
            key={option.value}
            className={`flex items-center gap-1.5 text-sm ${option.disabled ? 'opacity-60' : ''}`}
          >
            <input
              type="radio"
              name={`${id}-task`}
              value={option.value}
              checked={task === option.value}
              disabled={option.disabled}
              aria-describedby={option.disabled ? `${id}-reason` : undefined}
              onChange={() => setOption('task', option.value)}
              className="accent-groq"
            />
            {option.label}
          </label>
        ))}
      </div>
      <p id={`${id}-reason`} className={hint}>
        {reason ?? 'Translate turns speech in any language into English text.'}
      </p>
    </div>
  );
}
