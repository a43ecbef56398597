'use client';

import { useEffect } from 'react';
import { useTtsStore } from '@/lib/store/tts-store';
import { TtsViewCodeButton } from './tts-code-dialog';
import { TtsOptionsPanel } from './tts-options';
import { TtsResult } from './tts-result';
import { TtsTextField } from './tts-text-field';

const outline =
  'rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-medium hover:bg-neutral-100 disabled:opacity-50 dark:border-neutral-700 dark:hover:bg-neutral-800';

/** "Generating piece k of n…": k is the first piece not yet made. */
function progressText(pieces: { status: string }[]): string {
  const done = pieces.filter((p) => p.status === 'done').length;
  return `Generating piece ${Math.min(done + 1, pieces.length)} of ${pieces.length}…`;
}

/** Generate (Ctrl/Cmd+Enter), Stop while pieces are being made, progress, and a browser-side refusal. */
function GenerateBar() {
  const run = useTtsStore((s) => s.run);
  const voiceRefusal = useTtsStore((s) => (s.refusal?.field === 'voice' ? s.refusal.message : null));
  const generate = useTtsStore((s) => s.generate);
  const stop = useTtsStore((s) => s.stop);
  const running = run?.status === 'running';
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => void generate()}
          disabled={running}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          className="rounded-md bg-groq-strong px-4 py-2 text-sm font-medium text-white hover:bg-groq-deep disabled:opacity-50"
        >
          Generate
        </button>
        {running ? (
          <button type="button" onClick={stop} aria-keyshortcuts="Escape" className={outline}>
            Stop
          </button>
        ) : null}
        <p role="status" className="text-sm text-neutral-600 dark:text-neutral-400">
          {running && run ? progressText(run.pieces) : ''}
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
  const clear = useTtsStore((s) => s.clearResult);
  const hasRun = useTtsStore((s) => s.run !== null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = useTtsStore.getState();
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void state.generate();
      } else if (event.key === 'Escape' && state.run?.status === 'running') {
        state.stop();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div
      data-speech-ready="true"
      className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-4 lg:flex-row"
    >
      <main aria-label="Text to speech" className="flex min-w-0 flex-1 flex-col gap-4">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-base font-semibold">Text to speech</h2>
          <div className="ml-auto flex gap-2">
            <TtsViewCodeButton />
            <button type="button" className={outline} onClick={clear} disabled={!hasRun}>
              Clear
            </button>
          </div>
        </div>
        <TtsTextField />
        <GenerateBar />
        <TtsResult />
      </main>
      <aside aria-label="Speech options" className="w-full shrink-0 lg:w-72">
        <TtsOptionsPanel />
      </aside>
    </div>
  );
}
