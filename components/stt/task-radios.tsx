'use client';

import { useEffect, useId, useRef } from 'react';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { SttTask } from '@/lib/stt/formats';
import { translationUnavailableReason } from '@/lib/stt/models';
import { effectiveOptions } from '@/lib/stt/options';

type Task = SttTask | 'speak';

/**
 * Switching between Whisper and Text to Speech swaps the whole workbench, so this group is unmounted
 * and its twin in the other panel mounted: a radio that had focus hands it to the same radio there.
 */
let focusOnMount: Task | null = null;

const fieldLabel = 'text-sm font-medium';
const hint = 'text-xs text-muted';

/**
 * Speech mode's Task: Transcribe and Translate (Whisper, audio in) or Text to Speech (Orpheus, text
 * in). Shown in both option panels, so the way back is always where the way in was.
 */
export function TaskRadios() {
  const id = useId();
  const model = usePlaygroundStore((s) => s.stt.model);
  const whisperTask = usePlaygroundStore((s) => effectiveOptions(s.stt).task);
  const setOption = usePlaygroundStore((s) => s.setSttOption);
  const speaking = usePlaygroundStore((s) => s.tts.active);
  const setSpeaking = usePlaygroundStore((s) => s.setTtsActive);
  const task: Task = speaking ? 'speak' : whisperTask;
  const reason = translationUnavailableReason(model);
  const options: { value: Task; label: string; disabled: boolean }[] = [
    { value: 'transcribe', label: 'Transcribe', disabled: false },
    { value: 'translate', label: 'Translate', disabled: reason !== null },
    { value: 'speak', label: 'Text to Speech', disabled: false },
  ];
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount === null) return;
    group.current?.querySelector<HTMLInputElement>(`input[value="${focusOnMount}"]`)?.focus();
    focusOnMount = null;
  }, []);
  const choose = (value: Task) => {
    const swaps = (value === 'speak') !== speaking;
    if (swaps && group.current?.contains(document.activeElement)) focusOnMount = value;
    if (value === 'speak') return setSpeaking(true);
    setOption('task', value);
    setSpeaking(false);
  };
  return (
    <div className="flex flex-col gap-1">
      <span id={`${id}-label`} className={fieldLabel}>
        Task
      </span>
      <div
        ref={group}
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        className="flex flex-wrap gap-x-4 gap-y-1"
      >
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
              onChange={() => choose(option.value)}
              className="accent-groq"
            />
            {option.label}
          </label>
        ))}
      </div>
      <p id={`${id}-reason`} className={hint}>
        {speaking
          ? 'Text to Speech reads your text aloud with an Orpheus voice.'
          : (reason ?? 'Translate turns speech in any language into English text.')}
      </p>
    </div>
  );
}
