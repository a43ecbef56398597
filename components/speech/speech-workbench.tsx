'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { effectiveOptions } from '@/lib/speech/options';
import { rehydrateSpeechStore, useSpeechStore } from '@/lib/store/speech-store';
import { rehydrateTtsStore, useTtsStore } from '@/lib/store/tts-store';
import { TtsWorkbench } from '../tts/tts-workbench';
import { AudioSource } from './audio-source';
import { AudioWorkbench, useRunShortcuts } from './audio-workbench';
import { useAudioModelAvailability } from './live-model-select';
import { SpeechViewCodeButton } from './speech-code-dialog';
import { SpeechOptionsPanel } from './speech-options';
import { SpeechResult } from './speech-result';

/**
 * Transcribe/Translate (per task), Stop while a request runs, and what is happening. `unavailable`:
 * the model is not served here (the workbench asks once, for this bar and its shortcut).
 */
function SubmitBar({ unavailable }: { unavailable: boolean }) {
  const task = useSpeechStore((s) => effectiveOptions(s).task);
  const audio = useSpeechStore((s) => s.audio);
  const running = useSpeechStore((s) => s.run?.status === 'running');
  const submit = useSpeechStore((s) => s.submit);
  const stop = useSpeechStore((s) => s.stop);
  const label = task === 'translate' ? 'Translate' : 'Transcribe';
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="primary"
        size="md"
        onClick={() => void submit()}
        disabled={!audio || running || unavailable}
        aria-keyshortcuts="Control+Enter Meta+Enter"
      >
        {label}
      </Button>
      {running ? (
        <Button onClick={stop} aria-keyshortcuts="Escape">
          Stop
        </Button>
      ) : null}
      <p role="status" className="text-sm text-neutral-600 dark:text-neutral-400">
        {running
          ? `${task === 'translate' ? 'Translating' : 'Transcribing'} ${audio?.file.name ?? ''}…`
          : unavailable
            ? 'Pick a live model first (see Model).'
            : audio
              ? ''
              : 'Choose or record audio first.'}
      </p>
    </div>
  );
}

/**
 * Speech mode: Speech to Text (Whisper) or, when the Task is Text to Speech, the TTS workbench. Both
 * stores are restored (and `?model=` applied) before either renders.
 */
export function SpeechWorkbench() {
  const [ready, setReady] = useState(false);
  const speaking = useTtsStore((s) => s.active);

  useEffect(() => {
    Promise.all([rehydrateSpeechStore(), rehydrateTtsStore()]).finally(() => setReady(true));
  }, []);

  if (!ready) {
    return (
      <p role="status" className="px-4 py-6 text-sm text-neutral-600">
        Loading speech settings…
      </p>
    );
  }
  return speaking ? <TtsWorkbench /> : <SpeechToTextWorkbench />;
}

/**
 * Speech to Text: audio in (upload, drag and drop, or the microphone), Whisper options bounded by the
 * model catalog, and the transcript or translation out. Ctrl/Cmd+Enter sends, Esc stops.
 */
function SpeechToTextWorkbench() {
  const audioRef = useRef<HTMLAudioElement>(null);
  const clear = useSpeechStore((s) => s.clearResult);
  const hasRun = useSpeechStore((s) => s.run !== null);
  const model = useSpeechStore((s) => s.model);
  const unavailable = useAudioModelAvailability('speech', model).status === 'unavailable';
  useRunShortcuts(useSpeechStore.getState, submitSpeech, !unavailable);
  return (
    <AudioWorkbench
      title="Speech to text"
      viewCode={<SpeechViewCodeButton />}
      onClear={clear}
      canClear={hasRun}
      options={<SpeechOptionsPanel />}
    >
      <AudioSource audioRef={audioRef} />
      <SubmitBar unavailable={unavailable} />
      <SpeechResult audioRef={audioRef} />
    </AudioWorkbench>
  );
}

const submitSpeech = (state: ReturnType<typeof useSpeechStore.getState>) => void state.submit();
