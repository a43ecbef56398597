/**
 * Is this file audio at all? A name ending in `.wav` says nothing about the bytes: the first bytes
 * of every container Groq takes (WAV, FLAC, Ogg, MP3, MP4/M4A, WebM, MPEG) are recognisable, so a
 * renamed text file is refused in the browser instead of being uploaded. Pure apart from reading.
 */

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  Array.from(text).every((char, i) => bytes[at + i] === char.charCodeAt(0));

/** The container the first bytes announce, or null when none of Groq's audio types matches. */
export function audioContainer(bytes: Uint8Array): string | null {
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE')) return 'wav';
  if (ascii(bytes, 0, 'fLaC')) return 'flac';
  if (ascii(bytes, 0, 'OggS')) return 'ogg';
  if (ascii(bytes, 0, 'ID3')) return 'mp3';
  if (ascii(bytes, 4, 'ftyp')) return 'mp4';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'webm';
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0x01 && (bytes[3] === 0xba || bytes[3] === 0xb3))
    return 'mpeg';
  // An MPEG audio frame (MP3 without a tag, MPGA) or AAC in ADTS: 11 sync bits.
  if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0) return 'mpeg-audio';
  return null;
}

export function notAudioMessage(name: string): string {
  return `${name} is not an audio file: its contents are not WAV, FLAC, Ogg, MP3, MP4/M4A, WebM or MPEG.`;
}

/** Why this non-empty file is not audio, or null when its first bytes look like audio. */
export async function sniffAudioFile(file: Blob & { name: string }): Promise<string | null> {
  if (file.size === 0) return null; // empty files have their own refusal
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return audioContainer(head) === null ? notAudioMessage(file.name) : null;
}
