'use client';

import { type DragEvent, type RefObject, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectSttRun } from '@/lib/store/stt-slice';
import { checkAudioFile } from '@/lib/stt/audio-file';
import {
  AUDIO_ACCEPT,
  AUDIO_EXTENSIONS,
  DOWNSAMPLE_NOTE,
  formatBytes,
  MAX_AUDIO_BYTES,
} from '@/lib/stt/formats';
import { sniffAudioFile } from '@/lib/stt/sniff';
import { useRecorder } from '@/lib/stt/use-recorder';
import { FfmpegHint } from './ffmpeg-hint';
import { RecordingMeter } from './recording-meter';

function RefusalNotice() {
  const refusal = usePlaygroundStore((s) => s.stt.refusal);
  if (!refusal) return null;
  return (
    <Notice tone="error">
      <p>
        <span className="font-semibold">{refusal.file.name}</span> ({formatBytes(refusal.file.size)}) was not
        added: {refusal.message}
      </p>
      {refusal.status === 413 ? <FfmpegHint /> : null}
    </Notice>
  );
}

/** The chosen audio: its facts, a player (segments seek it) and a way to remove it. */
function ChosenAudio({ audioRef }: { audioRef: RefObject<HTMLAudioElement | null> }) {
  const audio = usePlaygroundStore((s) => s.stt.audio);
  const setAudioDuration = usePlaygroundStore((s) => s.setSttAudioDuration);
  const clearAudio = usePlaygroundStore((s) => s.clearSttAudio);
  if (!audio) return null;
  const { file } = audio;
  return (
    <section aria-label="Chosen audio" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="font-medium">{file.name}</span>
        <span className="text-muted">
          {formatBytes(file.size)} · {file.type || 'unknown type'} ·{' '}
          {audio.source === 'recording' ? 'recorded here' : 'uploaded'}
          {audio.durationSeconds ? ` · ${audio.durationSeconds.toFixed(1)} s` : ''}
        </span>
        <Button className="ml-auto" onClick={clearAudio}>
          Remove audio
        </Button>
      </div>
      {/* biome-ignore lint/a11y/useMediaCaption: the user's own audio; its transcript is the caption */}
      <audio
        ref={audioRef}
        controls
        src={audio.url}
        aria-label={`Audio player: ${file.name}`}
        onLoadedMetadata={(e) => setAudioDuration(e.currentTarget.duration)}
        className="w-full"
      />
    </section>
  );
}

/** Upload (button or drag and drop) or record from the microphone. Refused files say why. */
export function AudioSource({ audioRef }: { audioRef: RefObject<HTMLAudioElement | null> }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const setAudio = usePlaygroundStore((s) => s.setSttAudio);
  const refuseAudio = usePlaygroundStore((s) => s.refuseSttAudio);
  const running = usePlaygroundStore((s) => selectSttRun(s)?.status === 'running');
  const recorder = useRecorder((file, seconds) => setAudio(file, 'recording', seconds));
  const recording = recorder.status !== 'idle';

  // The server would refuse a file that only has an audio name; say so before uploading it.
  const take = async (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (!file) return;
    const facts = { name: file.name, size: file.size, type: file.type };
    const notAudio = checkAudioFile(facts) === null ? await sniffAudioFile(file) : null;
    if (notAudio) refuseAudio({ file: facts, status: 400, message: notAudio });
    else setAudio(file, 'upload');
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!recording && !running) void take(event.dataTransfer.files);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h2 id={`${id}-title`} className="text-xs font-semibold uppercase tracking-wide text-muted">
        Audio
      </h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: drop target only; the buttons inside are the keyboard path */}
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex flex-col items-center gap-3 rounded-lg border-2 border-dashed p-6 text-center ${
          dragging ? 'border-groq-strong bg-subtle' : 'border-line'
        }`}
      >
        <p id={`${id}-formats`} className="text-sm text-fg-soft">
          Drop an audio file here, upload one or record from your microphone.
          <br />
          <span className="text-xs text-muted">
            {AUDIO_EXTENSIONS.join(', ')} · up to {Math.round(MAX_AUDIO_BYTES / 1024 / 1024)} MB ·{' '}
            {DOWNSAMPLE_NOTE}
          </span>
        </p>
        <div className="flex flex-wrap justify-center gap-2">
          <Button
            disabled={recording || running}
            aria-describedby={`${id}-formats`}
            onClick={() => input.current?.click()}
          >
            Upload audio
          </Button>
          {recording ? null : (
            <Button disabled={running} onClick={() => void recorder.start()}>
              Record
            </Button>
          )}
        </div>
        <input
          ref={input}
          type="file"
          accept={AUDIO_ACCEPT}
          className="hidden"
          onChange={(event) => {
            void take(event.target.files);
            event.target.value = ''; // the same file can be chosen again
          }}
        />
        {recording ? (
          <RecordingMeter
            status={recorder.status}
            level={recorder.level}
            elapsedMs={recorder.elapsedMs}
            onStop={recorder.stop}
          />
        ) : null}
        {recorder.error ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {recorder.error}
          </p>
        ) : null}
      </div>
      <RefusalNotice />
      <ChosenAudio audioRef={audioRef} />
    </section>
  );
}
