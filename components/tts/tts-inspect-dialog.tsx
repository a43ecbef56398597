'use client';

import { InspectDialogButton } from '@/components/ui/inspect-dialog';
import type { TtsRun } from '@/lib/store/tts-store';
import { TTS_API_PATH } from '@/lib/tts/client';

/** Every piece's request as sent, what came back for it, and the last piece's rate-limit headers. */
export function TtsInspectButton({ run }: { run: TtsRun }) {
  const request = {
    endpoint: `POST ${TTS_API_PATH}`,
    bodies: run.pieces.map((p) => p.request),
  };
  const response = {
    status: run.status,
    pieces: run.pieces.map((p, i) => ({
      piece: i + 1,
      status: p.status,
      request_id: p.requestId ?? null,
      bytes: p.bytes ?? null,
      elapsed_ms: p.elapsedMs ?? null,
      ...(p.error ? { error: p.error } : {}),
    })),
    ...(run.audio
      ? {
          audio: {
            file_name: run.audio.fileName,
            bytes: run.audio.blob.size,
            duration_seconds: Number(run.audio.durationSeconds.toFixed(3)),
            sample_rate: run.audio.sampleRate,
            channels: run.audio.channels,
            pieces: run.audio.pieceCount,
          },
        }
      : {}),
  };
  return (
    <InspectDialogButton
      rateLimit={run.rateLimit}
      getBlocks={() => [
        { title: 'Request', value: request },
        { title: 'Response', value: response },
      ]}
    />
  );
}
