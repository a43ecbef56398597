'use client';

import { useEffect, useId, useRef } from 'react';
import { Button } from '@/components/ui/button';
import type { RecorderStatus } from '@/lib/stt/use-recorder';

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** While recording: the input level (from an AnalyserNode), the elapsed time and Stop recording. */
export function RecordingMeter({
  status,
  level,
  elapsedMs,
  onStop,
}: {
  status: RecorderStatus;
  level: number;
  elapsedMs: number;
  onStop: () => void;
}) {
  const id = useId();
  const stopButton = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the one control that matters while recording.
  useEffect(() => {
    if (status === 'recording') stopButton.current?.focus();
  }, [status]);
  return (
    <div className="flex w-full max-w-md flex-col items-center gap-2">
      <p className="text-sm font-medium">
        <span role="status">
          {status === 'starting' ? (
            'Waiting for the microphone…'
          ) : (
            <>
              <span aria-hidden="true" className="mr-1 inline-block h-2 w-2 rounded-full bg-red-600" />
              Recording
            </>
          )}
        </span>{' '}
        {status === 'recording' ? (
          <span role="timer" aria-label={`Elapsed ${clock(elapsedMs)}`} className="font-mono tabular-nums">
            {clock(elapsedMs)}
          </span>
        ) : null}
      </p>
      <div className="flex w-full items-center gap-2">
        <span id={`${id}-level`} className="text-xs text-muted">
          Input level
        </span>
        <meter
          aria-labelledby={`${id}-level`}
          min={0}
          max={1}
          low={0.05}
          high={0.8}
          optimum={0.4}
          value={level}
          className="h-3 flex-1"
        />
      </div>
      <Button ref={stopButton} variant="danger" size="md" onClick={onStop} disabled={status !== 'recording'}>
        Stop recording
      </Button>
    </div>
  );
}
