import { describe, expect, it } from 'vitest';
import { JsonlSplitter, LineTooLong } from '@/lib/datasets/jsonl-lines';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Every line the splitter yields for `text` cut into `size`-byte chunks. */
function split(text: string, size: number, max?: number) {
  const splitter = new JsonlSplitter(max);
  const data = bytes(text);
  const lines: { line: number; text: string }[] = [];
  for (let i = 0; i < data.length; i += size) lines.push(...splitter.push(data.slice(i, i + size)));
  const last = splitter.end();
  if (last) lines.push(last);
  return lines;
}

describe('JsonlSplitter', () => {
  it('yields the same numbered lines however the bytes are chunked (multi-byte characters, CRLF)', () => {
    const text = 'a\r\nÜnïcødé 🌍\n\nlast';
    const expected = [
      { line: 1, text: 'a' },
      { line: 2, text: 'Ünïcødé 🌍' },
      { line: 3, text: '' },
      { line: 4, text: 'last' },
    ];
    for (const size of [1, 2, 3, 5, 100]) expect(split(text, size)).toEqual(expected);
  });

  it('has no last line when the input ends with a newline', () => {
    expect(split('x\n', 1)).toEqual([{ line: 1, text: 'x' }]);
  });

  it('refuses a line over the cap with its number, as soon as the cap is passed', () => {
    const splitter = new JsonlSplitter(10);
    expect(splitter.push(bytes('short\n'))).toEqual([{ line: 1, text: 'short' }]);
    splitter.push(bytes('0123456789'));
    expect(() => splitter.push(bytes('x'))).toThrow(LineTooLong);
    try {
      new JsonlSplitter(10).push(bytes('ok\n0123456789x'));
    } catch (error) {
      expect(error).toMatchObject({ line: 2, maxBytes: 10 });
    }
  });

  it('splits one long line in time linear in its length (no re-scan of the unfinished line)', () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const time = (chunks: number) => {
      const splitter = new JsonlSplitter(Number.MAX_SAFE_INTEGER);
      const started = performance.now();
      for (let i = 0; i < chunks; i++) splitter.push(chunk);
      expect(splitter.end()?.text.length).toBe(chunks * chunk.length);
      return performance.now() - started;
    };
    time(16); // warm up
    const small = time(32);
    const large = time(256);
    // 8× the bytes: a quadratic splitter takes ~64× as long; a linear one ~8×.
    expect(large).toBeLessThan(small * 24 + 50);
  });
});
