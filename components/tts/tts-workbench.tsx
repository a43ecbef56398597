'use client';

import { useCallback } from 'react';
import { AudioWorkbench, useRunShortcuts } from '@/components/stt/audio-workbench';
import { useAudioModelAvailability } from '@/components/stt/live-model-select';
import { Button } from '@/components/ui/button';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectTtsRun } from '@/lib/store/tts-slice';
import { TtsViewCodeButton } from './tts-code-dialog';
import { TtsOptionsPanel } from './tts-options';
import { TtsResult } from './tts-result';
import { TtsTextField } from './tts-text-field';

/** "Generating piece k of n…": k is the first piece not yet made. */
function progressText(pieces: { status: string }[]): string {
  const done = pieces.filter((p) => p.status === 'done').length;
  return `Generating piece ${Math.min(done + 1, pieces.length)} of ${pieces.length}…`;
}

/**
 * Generate (Ctrl/Cmd+Enter), Stop while pieces are being made, progress, and a browser-side refusal.
 * `unavailable`: the model is not served here (the workbench asks once, for this bar and its shortcut).
 */
function GenerateBar({ unavailable }: { unavailable: boolean }) {
  const run = usePlaygroundStore(selectTtsRun);
  const voiceRefusal = usePlaygroundStore((s) =>
    s.tts.refusal?.field === 'voice' ? s.tts.refusal.message : null,
  );
  const generate = usePlaygroundStore((s) => s.generateTts);
  const stop = usePlaygroundStore((s) => s.stopTts);
  const running = run?.status === 'running';
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="primary"
          size="md"
          onClick={() => void generate()}
          disabled={running || unavailable}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Generate
        </Button>
        {running ? (
          <Button onClick={stop} aria-keyshortcuts="Escape">
            Stop
          </Button>
        ) : null}
        <p role="status" className="text-sm text-muted">
          {running && run
            ? progressText(run.result.pieces)
            : unavailable
              ? 'Pick a live model first (see Model).'
              : ''}
        </p>
      </div>
      {voiceRefusal ? (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
          {voiceRefusal}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Speech mode's Text to Speech: text in (split into ≤200-character requests when longer), Orpheus
 * voices and the model's formats, one joined WAV out. Ctrl/Cmd+Enter generates, Esc stops.
 */
export function TtsWorkbench() {
  const clear = usePlaygroundStore((s) => s.clearTtsResult);
  const hasRun = usePlaygroundStore((s) => selectTtsRun(s) !== undefined);
  const model = usePlaygroundStore((s) => s.tts.model);
  const generate = usePlaygroundStore((s) => s.generateTts);
  const stop = usePlaygroundStore((s) => s.stopTts);
  const running = usePlaygroundStore((s) => selectTtsRun(s)?.status === 'running');
  const unavailable = useAudioModelAvailability('tts', model).status === 'unavailable';
  const start = useCallback(() => void generate(), [generate]);
  useRunShortcuts({ start, stop, running, canStart: !unavailable });
  return (
    <AudioWorkbench
      title="Text to Speech"
      viewCode={<TtsViewCodeButton />}
      onClear={clear}
      canClear={hasRun}
      options={<TtsOptionsPanel />}
    >
      <TtsTextField />
      <GenerateBar unavailable={unavailable} />
      <TtsResult />
    </AudioWorkbench>
  );
}
