/**
 * What Groq's speech endpoints accept, from the Speech docs: file types, size, response formats and
 * the prompt budget. Pure module shared by the route handlers, the UI and View code.
 */
import { SPEECH_MAX_FILE_BYTES } from '../models/catalog';

export const AUDIO_EXTENSIONS = ['flac', 'mp3', 'mp4', 'mpeg', 'mpga', 'm4a', 'ogg', 'wav', 'webm'] as const;

/** MIME types browsers report for those files; used when a name has no extension (a recording). */
export const AUDIO_MIME_TYPE =
  /^(audio\/(flac|x-flac|mpeg|mp3|mp4|m4a|x-m4a|ogg|wav|x-wav|wave|webm|mpga)|video\/(mp4|mpeg|webm))(;.*)?$/i;

/** For `<input type="file" accept>`: the extensions plus the MIME families. */
export const AUDIO_ACCEPT = [
  ...AUDIO_EXTENSIONS.map((ext) => `.${ext}`),
  'audio/*',
  'video/mp4',
  'video/webm',
].join(',');

export const RESPONSE_FORMATS = ['json', 'verbose_json', 'text'] as const;
export type ResponseFormat = (typeof RESPONSE_FORMATS)[number];

export const SPEECH_TASKS = ['transcribe', 'translate'] as const;
export type SttTask = (typeof SPEECH_TASKS)[number];

/** Groq's endpoint path per task. */
export const STT_ENDPOINT: Record<SttTask, 'transcriptions' | 'translations'> = {
  transcribe: 'transcriptions',
  translate: 'translations',
};

/** The documented maximum upload (25 MB); each catalog model carries it as `speech.maxFileBytes`. */
export const MAX_AUDIO_BYTES = SPEECH_MAX_FILE_BYTES;

/** The prompt is "limited to 224 tokens". */
export const PROMPT_TOKEN_LIMIT = 224;

/** The Speech docs' command for shrinking a file: Groq downsamples to 16 kHz mono anyway. */
export const FFMPEG_COMMAND = 'ffmpeg -i <your file> -ar 16000 -ac 1 -map 0:a: <output file name>';

export const DOWNSAMPLE_NOTE = 'Groq downsamples audio to 16 kHz mono before transcribing.';

/**
 * A rough token count for the prompt: the larger of characters / 4 and words × 1.3 (Whisper's
 * tokenizer is not available in the browser, so this is an estimate, not a count).
 */
export function estimatePromptTokens(prompt: string): number {
  const text = prompt.trim();
  if (text === '') return 0;
  const words = text.split(/\s+/).length;
  return Math.ceil(Math.max(text.length / 4, words * 1.3));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The lowercased extension of a file name, or undefined. */
export function fileExtension(name: string): string | undefined {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
}
