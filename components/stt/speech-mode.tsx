'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { type TabItem, Tabs } from '@/components/ui/tabs';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectSttRun } from '@/lib/store/stt-slice';
import { effectiveOptions } from '@/lib/stt/options';
import { TtsWorkbench } from '../tts/tts-workbench';
import { AudioSource } from './audio-source';
import { AudioWorkbench, useRunShortcuts } from './audio-workbench';
import { useAudioModelAvailability } from './live-model-select';
import { SttViewCodeButton } from './stt-code-dialog';
import { SttOptionsPanel } from './stt-options';
import { SttResult } from './stt-result';

/**
 * Transcribe/Translate (per task), Stop while a request runs, and what is happening. `unavailable`:
 * the model is not served here (the workbench asks once, for this bar and its shortcut).
 */
function SubmitBar({ unavailable }: { unavailable: boolean }) {
  const task = usePlaygroundStore((s) => effectiveOptions(s.stt).task);
  const audio = usePlaygroundStore((s) => s.stt.audio);
  const running = usePlaygroundStore((s) => selectSttRun(s)?.status === 'running');
  const submit = usePlaygroundStore((s) => s.submitStt);
  const stop = usePlaygroundStore((s) => s.stopStt);
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
      <p role="status" className="text-sm text-muted">
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

/** Whether the saved state is back (the playground restores it, and applies `?model=`, after mount). */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(() => usePlaygroundStore.persist.hasHydrated());
  useEffect(() => {
    if (hydrated) return;
    const unsubscribe = usePlaygroundStore.persist.onFinishHydration(() => setHydrated(true));
    if (usePlaygroundStore.persist.hasHydrated()) setHydrated(true);
    return unsubscribe;
  }, [hydrated]);
  return hydrated;
}

type SpeechView = 'stt' | 'tts';

const SPEECH_VIEWS: readonly TabItem<SpeechView>[] = [
  { id: 'stt', label: 'Speech to Text' },
  { id: 'tts', label: 'Text to Speech' },
];

/**
 * Speech mode: two peer tabs, Speech to Text (Whisper) and Text to Speech (Orpheus), once the saved
 * options are back. The selected tab is the store's `tts.active`, so reloads, share links and `?model=`
 * open the same one.
 */
export function SpeechWorkbench() {
  const ready = useHydrated();
  const speaking = usePlaygroundStore((s) => s.tts.active);
  const setSpeaking = usePlaygroundStore((s) => s.setTtsActive);

  if (!ready) {
    return (
      <p role="status" className="px-4 py-6 text-sm text-neutral-600">
        Loading speech settings…
      </p>
    );
  }
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col px-4 py-3">
      <Tabs
        label="Speech"
        tabs={SPEECH_VIEWS}
        value={speaking ? 'tts' : 'stt'}
        onChange={(view) => setSpeaking(view === 'tts')}
      >
        {speaking ? <TtsWorkbench /> : <SttWorkbench />}
      </Tabs>
    </div>
  );
}

/**
 * Speech to Text: audio in (upload, drag and drop, or the microphone), Whisper options bounded by the
 * model catalog, and the transcript or translation out. Ctrl/Cmd+Enter sends, Esc stops.
 */
function SttWorkbench() {
  const audioRef = useRef<HTMLAudioElement>(null);
  const clear = usePlaygroundStore((s) => s.clearSttResult);
  const hasRun = usePlaygroundStore((s) => selectSttRun(s) !== undefined);
  const model = usePlaygroundStore((s) => s.stt.model);
  const submit = usePlaygroundStore((s) => s.submitStt);
  const stop = usePlaygroundStore((s) => s.stopStt);
  const running = usePlaygroundStore((s) => selectSttRun(s)?.status === 'running');
  const unavailable = useAudioModelAvailability('speech', model).status === 'unavailable';
  const start = useCallback(() => void submit(), [submit]);
  useRunShortcuts({ start, stop, running, canStart: !unavailable });
  return (
    <AudioWorkbench
      title="Speech to Text"
      viewCode={<SttViewCodeButton />}
      onClear={clear}
      canClear={hasRun}
      options={<SttOptionsPanel />}
    >
      <AudioSource audioRef={audioRef} />
      <SubmitBar unavailable={unavailable} />
      <SttResult audioRef={audioRef} />
    </AudioWorkbench>
  );
}
