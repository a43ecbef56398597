import { describe, expect, it } from 'vitest';
import { audioContainer, sniffAudioFile } from '@/lib/stt/sniff';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

describe('audio sniffing', () => {
  it('recognises the containers Groq takes by their first bytes', () => {
    expect(audioContainer(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toBe('wav');
    expect(audioContainer(bytes('fLaC'))).toBe('flac');
    expect(audioContainer(bytes('OggS'))).toBe('ogg');
    expect(audioContainer(bytes('ID3', [4, 0]))).toBe('mp3');
    expect(audioContainer(bytes([0xff, 0xfb, 0x90]))).toBe('mpeg-audio');
    expect(audioContainer(bytes([0, 0, 0, 0x20], 'ftypM4A '))).toBe('mp4');
    expect(audioContainer(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBe('webm');
  });

  it('refuses a text file named .wav, naming it', async () => {
    const file = new File(['These are meeting notes, not audio.'], 'fake.wav', { type: 'audio/wav' });
    expect(await sniffAudioFile(file)).toBe(
      'fake.wav is not an audio file: its contents are not WAV, FLAC, Ogg, MP3, MP4/M4A, WebM or MPEG.',
    );
    expect(audioContainer(bytes('RIFF', [0, 0, 0, 0], 'AVI '))).toBeNull();
  });

  it('leaves empty files to their own refusal', async () => {
    expect(await sniffAudioFile(new File([], 'empty.wav'))).toBeNull();
  });
});
