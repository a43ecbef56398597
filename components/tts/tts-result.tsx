'use client';

import { ErrorNotice } from '@/components/playground/error-notice';
import { StatsList } from '@/components/ui/stats-list';
import { ttsInputLength } from '@/lib/models/tts';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { TtsRun } from '@/lib/store/run';
import { selectTtsRun, type TtsPiece } from '@/lib/store/tts-slice';
import { TtsInspectButton } from './tts-inspect-dialog';

const STATUS_TEXT: Record<TtsPiece['status'], string> = {
  waiting: 'waiting',
  running: 'generating…',
  done: 'done',
  error: 'failed',
  cancelled: 'cancelled',
  skipped: 'not sent',
};

/** Each piece's text and state (shown when a text was split), with its request id once done. */
function Pieces({ pieces }: { pieces: TtsPiece[] }) {
  return (
    <ol aria-label="Pieces" className="flex flex-col gap-1 text-sm">
      {pieces.map((piece, i) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces never move; their number is their identity
          key={i}
          className="flex flex-wrap gap-x-2 rounded px-2 py-1 odd:bg-surface-alt"
        >
          <span className="font-mono text-xs text-muted tabular-nums">{i + 1}.</span>
          <span dir="auto" className="min-w-0 flex-1">
            {piece.request.input}
          </span>
          <span className="text-xs text-muted">
            {STATUS_TEXT[piece.status]}
            {piece.requestId ? ` · ${piece.requestId}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}

function Stats({ run }: { run: TtsRun }) {
  const audio = run.result.audio;
  const first = run.result.pieces[0]?.request;
  const ids = run.result.pieces.map((p) => p.requestId).filter((id): id is string => Boolean(id));
  const items: [string, string | null][] = [
    ['Duration', audio ? `${audio.durationSeconds.toFixed(2)} s` : null],
    ['Characters', String(ttsInputLength(run.input.text.trim()))],
    ['Requests', String(run.result.pieces.length)],
    ['Generation time', run.stats.elapsedMs !== undefined ? `${run.stats.elapsedMs} ms` : null],
    ['Sample rate', audio ? `${audio.sampleRate} Hz` : null],
    ['Voice', first?.voice ?? null],
    ['Model', first?.model ?? null],
    [ids.length === 1 ? 'Request id' : 'Request ids', ids.length ? ids.join(', ') : null],
  ];
  return (
    <StatsList
      label="Speech statistics"
      items={items}
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted"
    />
  );
}

function Outcome({ run }: { run: TtsRun }) {
  const total = run.result.pieces.length;
  const kept = run.result.audio?.pieceCount ?? 0;
  const keptText = kept > 0 ? ` The audio below holds the ${kept} of ${total} pieces made before it.` : '';
  if (run.status === 'stopped') {
    return <p className="text-sm">Stopped — the remaining pieces were cancelled.{keptText}</p>;
  }
  if (run.status === 'error' && run.result.error) {
    return (
      <div>
        {run.result.failedIndex !== undefined ? (
          <p className="text-sm font-medium">
            Piece {run.result.failedIndex + 1} of {total} failed.{keptText}
          </p>
        ) : null}
        <ErrorNotice error={run.result.error} />
      </div>
    );
  }
  return null;
}

/** The joined audio (a player and Download), what happened to each piece, statistics and Inspect. */
export function TtsResult() {
  const run = usePlaygroundStore(selectTtsRun);
  if (!run) return null;
  const { audio } = run.result;
  return (
    <section aria-label="Result" className="flex flex-col gap-3 rounded-lg border border-divider p-4">
      <div className="flex items-center gap-2">
        <h2 className="text-sm font-semibold">Audio</h2>
        <div className="ml-auto flex gap-2">
          {audio ? (
            <a
              href={audio.url}
              download={audio.fileName}
              className="rounded border border-line px-2 py-0.5 text-xs hover:bg-subtle"
            >
              Download
            </a>
          ) : null}
          {run.status === 'running' ? null : <TtsInspectButton run={run} />}
        </div>
      </div>
      <Outcome run={run} />
      {audio ? (
        // biome-ignore lint/a11y/useMediaCaption: generated from the text shown beside it, which is its transcript
        <audio
          controls
          src={audio.url}
          aria-label={`Generated speech: ${audio.fileName}`}
          className="w-full"
        />
      ) : null}
      {run.result.pieces.length > 1 || run.status !== 'done' ? <Pieces pieces={run.result.pieces} /> : null}
      <Stats run={run} />
    </section>
  );
}
