/**
 * lz-string's `decompressFromEncodedURIComponent`, stopping as soon as the output passes a limit.
 * An lz-string payload can expand with the square of its length (each new dictionary entry may be one
 * character longer than the last: 8 kB of link became 10 MB of text), and the library has no limit,
 * so decompressing first and measuring after would already have spent the time and memory. The bit
 * reading and dictionary follow lz-string 1.5.0 (MIT) exactly; tests compare the two on random input.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));
/** Six bits per character of the URI-safe alphabet: the reader starts at the top one. */
const RESET = 32;

export type Decompressed = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too_large' };

const damaged: Decompressed = { ok: false, reason: 'damaged' };

export function decompressBounded(payload: string, maxChars: number): Decompressed {
  if (payload === '') return damaged;
  const input = payload.replace(/ /g, '+');
  let value = VALUES.get(input.charAt(0)) ?? 0;
  let position = RESET;
  let index = 1;
  const read = (bitCount: number): number => {
    let bits = 0;
    for (let power = 1; power !== 2 ** bitCount; power *= 2) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        value = VALUES.get(input.charAt(index++)) ?? 0;
      }
      if (bit > 0) bits += power;
    }
    return bits;
  };

  const first = read(2);
  if (first > 1) return damaged;
  const start = String.fromCharCode(read(first === 0 ? 8 : 16));
  const dictionary: string[] = ['', '', '', start];
  let dictSize = 4;
  let enlargeIn = 4;
  let numBits = 3;
  let w = start;
  const result = [start];
  let total = start.length;
  const grow = () => {
    enlargeIn -= 1;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  };
  for (;;) {
    if (index > input.length) return damaged;
    let code = read(numBits);
    if (code === 2) return { ok: true, text: result.join('') };
    if (code < 2) {
      dictionary[dictSize] = String.fromCharCode(read(code === 0 ? 8 : 16));
      code = dictSize;
      dictSize += 1;
      grow();
    }
    let entry: string;
    if (code < dictSize && code > 2) entry = dictionary[code] as string;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return damaged;
    total += entry.length;
    if (total > maxChars) return { ok: false, reason: 'too_large' };
    result.push(entry);
    dictionary[dictSize] = w + entry.charAt(0);
    dictSize += 1;
    grow();
    w = entry;
  }
}
