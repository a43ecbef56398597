import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressBounded } from '@/lib/share/bounded-decompress';
import { bomb } from './lz-bomb';

/** A deterministic pseudo-random generator, so a failure names its seed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function sample(next: () => number): string {
  const pools = ['ab', 'hello world ', '{"role":"user","content":"', 'é漢字😀\u0000\uffff'];
  let out = '';
  const length = Math.floor(next() * 3000);
  for (let i = 0; i < length; i++) {
    const pool = pools[Math.floor(next() * pools.length)] as string;
    out +=
      next() < 0.2
        ? String.fromCharCode(Math.floor(next() * 0x10000))
        : pool.charAt(Math.floor(next() * pool.length));
  }
  return out;
}

describe('decompressing a share payload within a limit', () => {
  it('gives what lz-string gives, for random text and damaged payloads alike', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const next = random(seed);
      const text = sample(next);
      const payload = compressToEncodedURIComponent(text);
      expect(decompressBounded(payload, 1e7), `seed ${seed}`).toEqual({ ok: true, text });
      const cut = payload.slice(0, Math.floor(payload.length * next()));
      const theirs = decompressFromEncodedURIComponent(cut);
      const ours = decompressBounded(cut, 1e7);
      expect(ours.ok ? ours.text : null, `seed ${seed} cut`).toBe(theirs || null);
    }
  });

  it('stops a payload that expands with the square of its length as soon as it passes the limit', () => {
    expect(decompressFromEncodedURIComponent(bomb(50))).toBe('a'.repeat(1 + (51 * 52) / 2 - 1));
    const payload = bomb(4000);
    expect(payload.length).toBeLessThan(12_000);
    const started = performance.now();
    expect(decompressBounded(payload, 1_000_000)).toEqual({ ok: false, reason: 'too_large' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(decompressBounded(payload, 9_000_000)).toMatchObject({ ok: true });
  });

  it('calls an empty or foreign payload damaged', () => {
    expect(decompressBounded('', 100)).toEqual({ ok: false, reason: 'damaged' });
    expect(decompressBounded('%%%not-a-link', 100)).toMatchObject({ ok: false });
  });
});
