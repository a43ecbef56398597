import { CopyButton } from '@/components/ui/copy-button';
import { DOWNSAMPLE_NOTE, FFMPEG_COMMAND } from '@/lib/stt/formats';

/** The Speech docs' advice for a file over 25 MB: downsample to 16 kHz mono, audio track only. */
export function FfmpegHint() {
  return (
    <div className="mt-2 flex flex-col gap-1">
      <p>
        {DOWNSAMPLE_NOTE} Doing that yourself shrinks the file without losing what the model hears — with
        ffmpeg:
      </p>
      <div className="flex items-start gap-2">
        <pre className="min-w-0 flex-1 overflow-x-auto rounded bg-white/70 p-2 font-mono text-xs dark:bg-black/40">
          <code>{FFMPEG_COMMAND}</code>
        </pre>
        <CopyButton text={FFMPEG_COMMAND} label="Copy command" className="shrink-0" />
      </div>
    </div>
  );
}
