import { describe, expect, it } from 'vitest';
import { buildWav, encodePcm16Wav, joinWav, parseWav, pcmFormatChunk, WavError } from '@/lib/tts/wav';

const tone = (seconds: number, sampleRate = 24_000, channels = 1) => {
  const samples = new Float32Array(Math.round(seconds * sampleRate) * channels);
  for (let i = 0; i < samples.length; i++) samples[i] = 0.5 * Math.sin(i / 10);
  return encodePcm16Wav(samples, sampleRate, channels);
};

/** A WAV with a LIST chunk of odd size (padded) before the data chunk, as many encoders write. */
function withListChunk(wav: Uint8Array): Uint8Array {
  const parsed = parseWav(wav);
  const list = new Uint8Array(8 + 5 + 1);
  list.set([0x4c, 0x49, 0x53, 0x54], 0); // LIST
  new DataView(list.buffer).setUint32(4, 5, true);
  list.set([1, 2, 3, 4, 5], 8);
  const data = buildWav(parsed.fmtChunk, parsed.data);
  const out = new Uint8Array(data.length + list.length);
  out.set(data.subarray(0, 36), 0); // RIFF header + fmt chunk
  out.set(list, 36);
  out.set(data.subarray(36), 36 + list.length);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  return out;
}

describe('parseWav', () => {
  it('reads the format and the samples of a PCM WAV', () => {
    const parsed = parseWav(tone(1.5));
    expect(parsed.format).toEqual({
      audioFormat: 1,
      channels: 1,
      sampleRate: 24_000,
      bitsPerSample: 16,
      blockAlign: 2,
      byteRate: 48_000,
    });
    expect(parsed.data.length).toBe(72_000);
    expect(parsed.durationSeconds).toBeCloseTo(1.5);
  });

  it('skips other chunks, including their pad byte', () => {
    const parsed = parseWav(withListChunk(tone(0.5)));
    expect(parsed.data.length).toBe(24_000);
  });

  it('takes the rest of the file when the data size is unknown (streamed WAV) or too large', () => {
    for (const size of [0xffffffff, 0, 10_000_000]) {
      const wav = tone(0.25);
      new DataView(wav.buffer).setUint32(40, size, true);
      expect(parseWav(wav).data.length).toBe(12_000);
    }
  });

  it('drops a trailing partial frame', () => {
    const wav = tone(0.25, 24_000, 2);
    const cut = wav.subarray(0, wav.length - 3);
    expect(parseWav(cut).data.length % 4).toBe(0);
  });

  it('refuses what is not a WAV, and says why', () => {
    expect(() => parseWav(new TextEncoder().encode('{"error":{"message":"bad"}}'))).toThrow(
      /does not start with a RIFF\/WAVE header/,
    );
    const header = tone(0.1).subarray(0, 36);
    expect(() => parseWav(header)).toThrow(/no data chunk/);
    const noFmt = new Uint8Array(tone(0.1));
    noFmt.set([0x6a, 0x75, 0x6e, 0x6b], 12); // "junk" instead of "fmt "
    expect(() => parseWav(noFmt)).toThrow(WavError);
  });
});

describe('joinWav', () => {
  it('concatenates the samples under one header whose sizes add up', () => {
    const a = tone(1);
    const b = tone(0.5);
    const joined = joinWav([a, b]);
    const parsed = parseWav(joined.bytes);
    expect(parsed.data.length).toBe(48_000 + 24_000);
    expect(joined.durationSeconds).toBeCloseTo(1.5);
    const view = new DataView(joined.bytes.buffer);
    expect(view.getUint32(4, true)).toBe(joined.bytes.length - 8);
    expect(view.getUint32(40, true)).toBe(72_000);
    expect(parsed.data.subarray(0, 48_000)).toEqual(parseWav(a).data);
    expect(parsed.data.subarray(48_000)).toEqual(parseWav(b).data);
  });

  it('puts silence between pieces when asked', () => {
    const joined = joinWav([tone(1), tone(1), tone(1)], 250);
    expect(joined.durationSeconds).toBeCloseTo(3.5);
    const data = parseWav(joined.bytes).data;
    expect(data.subarray(48_000, 48_000 + 12_000).every((b) => b === 0)).toBe(true);
  });

  it('uses 0x80 as the silence of 8-bit PCM', () => {
    const eightBit = buildWav(pcmFormatChunk(8000, 1, 8), new Uint8Array(800).fill(0x90));
    const data = parseWav(joinWav([eightBit, eightBit], 100).bytes).data;
    expect(data.subarray(800, 1600).every((b) => b === 0x80)).toBe(true);
  });

  it('refuses pieces whose sample rate or channels differ, naming the piece', () => {
    expect(() => joinWav([tone(0.1), tone(0.1, 22_050)])).toThrow(
      'Piece 2 is 22050 Hz 16-bit PCM mono but piece 1 is 24000 Hz 16-bit PCM mono; they cannot be joined.',
    );
    expect(() => joinWav([tone(0.1), tone(0.1), tone(0.1, 24_000, 2)])).toThrow(/Piece 3 is .*2 channels/);
  });

  it('names a piece that is not a WAV', () => {
    expect(() => joinWav([tone(0.1), new Uint8Array(20)])).toThrow(/^Piece 2 is not a usable WAV/);
    expect(() => joinWav([])).toThrow(/no pieces/);
  });

  it('returns a single piece unchanged in content', () => {
    const a = tone(0.3);
    expect(parseWav(joinWav([a]).bytes).data).toEqual(parseWav(a).data);
  });
});
