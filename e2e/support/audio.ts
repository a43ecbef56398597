/**
 * Audio files for the speech stories, generated in Node without dependencies: a 16-bit PCM mono WAV
 * of a sine tone (the simulator reads its duration from the header), an oversized "recording" and a
 * text file that pretends nothing.
 */

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A sine tone as a 16-bit PCM mono WAV: 44-byte header, then samples. */
export function sineWav(
  seconds: number,
  { name = 'tone.wav', frequency = 440, sampleRate = 16_000 } = {},
): FilePayload {
  const samples = Math.round(seconds * sampleRate);
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16); // fmt chunk size
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28); // byte rate
  buffer.writeUInt16LE(2, 32); // block align
  buffer.writeUInt16LE(16, 34); // bits per sample
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i += 1) {
    const value = Math.sin((i / sampleRate) * 2 * Math.PI * frequency) * 0.3 * 32767;
    buffer.writeInt16LE(Math.round(value), 44 + i * 2);
  }
  return { name, mimeType: 'audio/wav', buffer };
}

/** A WAV just over `megabytes` MB (mostly silence after the header): too big for Groq's 25 MB. */
export function oversizedWav(megabytes = 26, name = 'long-meeting.wav'): FilePayload {
  const tone = sineWav(1, { name });
  const buffer = Buffer.alloc(Math.ceil(megabytes * 1024 * 1024));
  tone.buffer.copy(buffer);
  buffer.writeUInt32LE(buffer.length - 8, 4);
  buffer.writeUInt32LE(buffer.length - 44, 40);
  return { name, mimeType: 'audio/wav', buffer };
}

export function textFile(name = 'notes.txt', text = 'These are meeting notes, not audio.\n'): FilePayload {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') };
}
