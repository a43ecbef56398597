'use client';

import type { RefObject } from 'react';
import { ErrorNotice } from '@/components/playground/error-notice';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { StatsList } from '@/components/ui/stats-list';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectSttRun } from '@/lib/store/stt-slice';
import { displayText, formatTimestamp, type SttSegment, segmentsOf } from '@/lib/stt/response';
import { FfmpegHint } from './ffmpeg-hint';
import { SttInspectButton } from './stt-inspect-dialog';

function Segments({
  segments,
  audioRef,
}: {
  segments: SttSegment[];
  audioRef: RefObject<HTMLAudioElement | null>;
}) {
  const canPlay = usePlaygroundStore((s) => s.stt.audio !== null);
  const playFrom = (seconds: number) => {
    const player = audioRef.current;
    if (!player) return;
    player.currentTime = seconds;
    void player.play().catch(() => {});
  };
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-sm font-semibold">
        Segments{' '}
        {canPlay ? (
          <span className="font-normal text-muted">— click one to play the audio from there</span>
        ) : null}
      </h3>
      <ol aria-label="Segments" className="flex flex-col gap-1">
        {segments.map((segment) => (
          <li key={segment.id}>
            <Button
              variant="row"
              disabled={!canPlay}
              onClick={() => playFrom(segment.start)}
              className="px-2"
            >
              <span className="shrink-0 font-mono text-xs text-muted tabular-nums">
                {formatTimestamp(segment.start)}–{formatTimestamp(segment.end)}
              </span>
              <span>{segment.text.trim()}</span>
            </Button>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Request time (browser), audio duration (verbose_json, else the player's metadata) and ids. */
function Stats() {
  const run = usePlaygroundStore(selectSttRun);
  const playerSeconds = usePlaygroundStore((s) => s.stt.audio?.durationSeconds ?? null);
  const response = run?.result.response;
  if (!run || !response) return null;
  const audioSeconds =
    typeof response.result.duration === 'number' ? response.result.duration : playerSeconds;
  const items: [string, string | null][] = [
    ['Request time', run.stats.elapsedMs !== undefined ? `${run.stats.elapsedMs} ms` : null],
    ['Upstream time', `${response.duration_ms} ms`],
    ['Audio duration', audioSeconds !== null ? `${audioSeconds.toFixed(2)} s` : null],
    ['Language', typeof response.result.language === 'string' ? response.result.language : null],
    ['Model', response.model],
    ['Request id', response.request_id],
  ];
  return (
    <StatsList
      label="Speech statistics"
      items={items}
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted"
    />
  );
}

/** The transcript or translation, its segments, statistics, Copy and Inspect — or the error. */
export function SttResult({ audioRef }: { audioRef: RefObject<HTMLAudioElement | null> }) {
  const run = usePlaygroundStore(selectSttRun);
  if (!run || run.status === 'running') return null;
  const title = run.input.endpoint.endsWith('translations') ? 'Translation' : 'Transcript';
  if (run.status === 'stopped') {
    return (
      <section aria-label="Result" className="flex items-center gap-2 text-sm">
        <p>Stopped — the upload and the request to Groq were cancelled.</p>
        <SttInspectButton run={run} />
      </section>
    );
  }
  if (run.result.error) {
    return (
      <section aria-label="Result" className="flex flex-col gap-1">
        <ErrorNotice error={run.result.error} />
        {run.result.error.status === 413 ? <FfmpegHint /> : null}
        <div>
          <SttInspectButton run={run} />
        </div>
      </section>
    );
  }
  if (!run.result.response) return null;
  const text = displayText(run.result.response.result);
  const segments = segmentsOf(run.result.response.result);
  return (
    <section aria-label="Result" className="flex flex-col gap-3 rounded-lg border border-divider p-4">
      <div className="flex items-center gap-2">
        <h2 className="text-sm font-semibold">{title}</h2>
        <div className="ml-auto flex gap-2">
          <CopyButton text={text} label="Copy" />
          <SttInspectButton run={run} />
        </div>
      </div>
      <p data-testid="speech-text" dir="auto" className="whitespace-pre-wrap text-base leading-relaxed">
        {text || <span className="text-muted">(no speech detected)</span>}
      </p>
      {segments.length > 0 ? <Segments segments={segments} audioRef={audioRef} /> : null}
      <Stats />
    </section>
  );
}
