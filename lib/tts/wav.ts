/**
 * RIFF/WAVE reading and writing for the TTS pieces: parse each piece's chunks (fmt, data, and any
 * others such as LIST, with odd-size padding), check that every piece has the same sample format,
 * and join their samples into one WAV, with optional silence between them. Pure, browser and Node.
 */

export interface WavFormat {
  /** 1 = PCM, 3 = IEEE float, 6/7 = A-law/µ-law; WAVE_FORMAT_EXTENSIBLE reports its sub-format. */
  audioFormat: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  blockAlign: number;
  byteRate: number;
}

export interface ParsedWav {
  format: WavFormat;
  /** The fmt chunk's body, verbatim, so a join keeps extensible headers intact. */
  fmtChunk: Uint8Array;
  /** The sample bytes (a view into the input, trimmed to whole frames). */
  data: Uint8Array;
  durationSeconds: number;
}

export class WavError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WavError';
  }
}

const ascii = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** Streamed WAVs (size unknown when the header was written) carry 0 or 0xFFFFFFFF as a size. */
const UNKNOWN_SIZES = new Set([0, 0xffffffff]);

function readFormat(view: DataView, at: number, size: number): WavFormat {
  if (size < 16) throw new WavError(`The fmt chunk is ${size} bytes; at least 16 are needed.`);
  let audioFormat = view.getUint16(at, true);
  // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
  if (audioFormat === 0xfffe && size >= 26) audioFormat = view.getUint16(at + 24, true);
  const format: WavFormat = {
    audioFormat,
    channels: view.getUint16(at + 2, true),
    sampleRate: view.getUint32(at + 4, true),
    byteRate: view.getUint32(at + 8, true),
    blockAlign: view.getUint16(at + 12, true),
    bitsPerSample: view.getUint16(at + 14, true),
  };
  if (format.channels < 1 || format.sampleRate < 1 || format.blockAlign < 1) {
    throw new WavError(
      `The fmt chunk is invalid (${format.channels} channels, ${format.sampleRate} Hz, block ${format.blockAlign}).`,
    );
  }
  return format;
}

/** Parses a RIFF/WAVE file. Throws `WavError` saying what is wrong when it is not one. */
export function parseWav(bytes: Uint8Array): ParsedWav {
  if (bytes.length < 12 || ascii(bytes, 0) !== 'RIFF' || ascii(bytes, 8) !== 'WAVE') {
    throw new WavError('Not a WAV file: it does not start with a RIFF/WAVE header.');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: WavFormat | null = null;
  let fmtChunk: Uint8Array | null = null;
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = ascii(bytes, at);
    const declared = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'data') {
      if (!format || !fmtChunk) throw new WavError('The data chunk comes before the fmt chunk.');
      const available = bytes.length - body;
      const size = UNKNOWN_SIZES.has(declared) ? available : Math.min(declared, available);
      const whole = size - (size % format.blockAlign);
      const data = bytes.subarray(body, body + whole);
      return { format, fmtChunk, data, durationSeconds: whole / format.blockAlign / format.sampleRate };
    }
    if (body + declared > bytes.length) throw new WavError(`The ${id.trim()} chunk runs past the end.`);
    if (id === 'fmt ') {
      format = readFormat(view, body, declared);
      fmtChunk = bytes.slice(body, body + declared);
    }
    at = body + declared + (declared % 2); // chunks are padded to an even size
  }
  throw new WavError(format ? 'The WAV file has no data chunk.' : 'The WAV file has no fmt chunk.');
}

function describeFormat(format: WavFormat): string {
  const kind =
    format.audioFormat === 3 ? 'float' : format.audioFormat === 1 ? 'PCM' : `format ${format.audioFormat}`;
  const channels = format.channels === 1 ? 'mono' : `${format.channels} channels`;
  return `${format.sampleRate} Hz ${format.bitsPerSample}-bit ${kind} ${channels}`;
}

function sameFormat(a: WavFormat, b: WavFormat): boolean {
  return (
    a.audioFormat === b.audioFormat &&
    a.channels === b.channels &&
    a.sampleRate === b.sampleRate &&
    a.bitsPerSample === b.bitsPerSample &&
    a.blockAlign === b.blockAlign
  );
}

/** Bytes of silence for `ms` milliseconds (8-bit PCM is unsigned, so its silence is 0x80). */
function silence(format: WavFormat, ms: number): Uint8Array {
  const frames = Math.round((ms / 1000) * format.sampleRate);
  const bytes = new Uint8Array(frames * format.blockAlign);
  if (format.audioFormat === 1 && format.bitsPerSample === 8) bytes.fill(0x80);
  if (format.audioFormat === 7) bytes.fill(0xff); // µ-law silence
  if (format.audioFormat === 6) bytes.fill(0xd5); // A-law silence
  return bytes;
}

/** A WAV file from a fmt chunk body and sample bytes. */
export function buildWav(fmtChunk: Uint8Array, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const fmtPadded = fmtChunk.length + (fmtChunk.length % 2);
  const dataPadded = data.length + (data.length % 2);
  const out = new Uint8Array(12 + 8 + fmtPadded + 8 + dataPadded);
  const view = new DataView(out.buffer);
  const put = (at: number, text: string) => {
    for (let i = 0; i < 4; i++) out[at + i] = text.charCodeAt(i);
  };
  put(0, 'RIFF');
  view.setUint32(4, out.length - 8, true);
  put(8, 'WAVE');
  put(12, 'fmt ');
  view.setUint32(16, fmtChunk.length, true);
  out.set(fmtChunk, 20);
  const dataAt = 20 + fmtPadded;
  put(dataAt, 'data');
  view.setUint32(dataAt + 4, data.length, true);
  out.set(data, dataAt + 8);
  return out;
}

/** The 16-byte fmt chunk body of plain PCM. */
export function pcmFormatChunk(sampleRate: number, channels: number, bitsPerSample: number): Uint8Array {
  const chunk = new Uint8Array(16);
  const view = new DataView(chunk.buffer);
  const blockAlign = channels * (bitsPerSample / 8);
  view.setUint16(0, 1, true);
  view.setUint16(2, channels, true);
  view.setUint32(4, sampleRate, true);
  view.setUint32(8, sampleRate * blockAlign, true);
  view.setUint16(12, blockAlign, true);
  view.setUint16(14, bitsPerSample, true);
  return chunk;
}

/** A 16-bit PCM WAV from samples in -1…1 (interleaved when there are several channels). */
export function encodePcm16Wav(
  samples: Float32Array,
  sampleRate: number,
  channels = 1,
): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(samples.length * 2);
  const view = new DataView(data.buffer);
  samples.forEach((s, i) => {
    const clamped = Math.max(-1, Math.min(1, s));
    view.setInt16(i * 2, Math.round(clamped * 32767), true);
  });
  return buildWav(pcmFormatChunk(sampleRate, channels, 16), data);
}

export interface JoinedWav {
  bytes: Uint8Array<ArrayBuffer>;
  format: WavFormat;
  durationSeconds: number;
}

/**
 * Joins WAV pieces into one file: the same sample format is required of every piece (a mismatch
 * names the piece and both formats), and `gapMs` of silence goes between consecutive pieces.
 */
export function joinWav(pieces: readonly Uint8Array[], gapMs = 0): JoinedWav {
  if (pieces.length === 0) throw new WavError('There are no pieces to join.');
  const parsed = pieces.map((bytes, i) => {
    try {
      return parseWav(bytes);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new WavError(`Piece ${i + 1} is not a usable WAV: ${message}`);
    }
  });
  const first = parsed[0] as ParsedWav;
  parsed.forEach((piece, i) => {
    if (!sameFormat(piece.format, first.format)) {
      throw new WavError(
        `Piece ${i + 1} is ${describeFormat(piece.format)} but piece 1 is ${describeFormat(first.format)}; they cannot be joined.`,
      );
    }
  });
  const gap = gapMs > 0 ? silence(first.format, gapMs) : new Uint8Array();
  const total = parsed.reduce((sum, p) => sum + p.data.length, 0) + gap.length * (parsed.length - 1);
  const data = new Uint8Array(total);
  let at = 0;
  parsed.forEach((piece, i) => {
    if (i > 0) {
      data.set(gap, at);
      at += gap.length;
    }
    data.set(piece.data, at);
    at += piece.data.length;
  });
  const bytes = buildWav(first.fmtChunk, data);
  return {
    bytes,
    format: first.format,
    durationSeconds: total / first.format.blockAlign / first.format.sampleRate,
  };
}
