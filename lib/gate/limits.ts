import 'server-only';
import { MAX_BATCH_FILE_BYTES } from '../datasets/batch-file';
import { securityConfig } from '../security/config';
import { MAX_AUDIO_BYTES } from '../stt/formats';

/** Room for the multipart envelope and the text fields around an audio file at Groq's size limit. */
const MULTIPART_ENVELOPE_BYTES = 1024 * 1024;

/**
 * Every body limit of the API in one table. `json` is the deployment's MAX_BODY_BYTES (chat bodies
 * carry base64 images); the others are fixed by what the route carries.
 */
const LIMITS = {
  /** Chat and other JSON bodies: MAX_BODY_BYTES (default 4.4 MB, a 4 MB base64 image and its prompt). */
  json: () => securityConfig().MAX_BODY_BYTES,
  /** `{"code": "…"}`: a kilobyte is plenty. */
  unlock: () => 1024,
  /** A TTS body is a few hundred bytes of text and options. */
  tts: () => 16 * 1024,
  /** A speech-to-text upload: Groq's audio file limit plus the multipart envelope. */
  audio: () => MAX_AUDIO_BYTES + MULTIPART_ENVELOPE_BYTES,
  /** A batch input file: raw JSONL (not multipart), streamed line by line to Groq's Files API. */
  batchFile: () => MAX_BATCH_FILE_BYTES,
  /** Routes that take no body. */
  none: () => 0,
} as const;

export type BodyLimit = keyof typeof LIMITS;

export function bodyLimit(limit: BodyLimit): number {
  return LIMITS[limit]();
}
