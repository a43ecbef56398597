/** Whether Groq would take a file as audio (size, emptiness, type): checked in the browser and the route. */
import { AUDIO_EXTENSIONS, AUDIO_MIME_TYPE, fileExtension, formatBytes, MAX_AUDIO_BYTES } from './formats';

export interface AudioFileFacts {
  name: string;
  size: number;
  type: string;
}

export interface AudioRefusal {
  status: 400 | 413;
  code: string | null;
  message: string;
}

const MB = 1024 * 1024;

/** Why Groq would refuse this file (too large, empty, not audio), or null when it is acceptable. */
export function checkAudioFile(file: AudioFileFacts, maxBytes = MAX_AUDIO_BYTES): AudioRefusal | null {
  if (file.size > maxBytes) {
    return {
      status: 413,
      code: 'request_too_large',
      message: `Request Entity Too Large: the audio file is ${formatBytes(file.size)} (max ${Math.round(maxBytes / MB)} MB).`,
    };
  }
  if (file.size === 0) {
    return {
      status: 400,
      code: null,
      message: 'The audio file is empty. Please upload a non-empty audio file.',
    };
  }
  const ext = fileExtension(file.name);
  const ok = ext ? (AUDIO_EXTENSIONS as readonly string[]).includes(ext) : AUDIO_MIME_TYPE.test(file.type);
  if (!ok) {
    const what = ext ? `.${ext}` : file.type || 'no extension or type';
    return {
      status: 400,
      code: null,
      message: `Unsupported file type (${what}): file must be one of the following types: [${AUDIO_EXTENSIONS.join(' ')}]`,
    };
  }
  return null;
}
