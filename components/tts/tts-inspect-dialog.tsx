'use client';

import { InspectDialogButton } from '@/components/ui/inspect-dialog';
import type { TtsRun } from '@/lib/store/run';
import { TTS_API_PATH } from '@/lib/tts/client';

/** Every piece's request as sent, what came back for it, and the last piece's rate-limit headers. */
export function TtsInspectButton({ run }: { run: TtsRun }) {
  const request = {
    endpoint: `POST ${TTS_API_PATH}`,
    bodies: run.result.pieces.map((p) => p.request),
  };
  const response = {
    status: run.status,
    pieces: run.result.pieces.map((p, i) => ({
      piece: i + 1,
      status: p.status,
      request_id: p.requestId ?? null,
      bytes: p.bytes ?? null,
      elapsed_ms: p.elapsedMs ?? null,
      ...(p.error ? { error: p.error } : {}),
    })),
    ...(run.result.audio
      ? {
          audio: {
            file_name: run.result.audio.fileName,
            bytes: run.result.audio.blob.size,
            duration_seconds: Number(run.result.audio.durationSeconds.toFixed(3)),
            sample_rate: run.result.audio.sampleRate,
            channels: run.result.audio.channels,
            pieces: run.result.audio.pieceCount,
          },
        }
      : {}),
  };
  return (
    <InspectDialogButton
      rateLimit={run.result.rateLimit}
      getBlocks={() => [
        { title: 'Request', value: request },
        { title: 'Response', value: response },
      ]}
    />
  );
}
