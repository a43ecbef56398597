import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '@/lib/datasets/csv';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields holding commas, doubled quotes and newlines', () => {
    const result = parseCsv('city,note\r\n"Paris, France","say ""bonjour""\nand wave"\nRome,plain\n');
    expect(result).toEqual({
      ok: true,
      records: [
        { fields: ['city', 'note'], line: 1 },
        { fields: ['Paris, France', 'say "bonjour"\nand wave'], line: 2 },
        { fields: ['Rome', 'plain'], line: 4 },
      ],
    });
  });
  it('keeps empty fields and skips blank lines', () => {
    const result = parseCsv('a,b\n,x\n\n"",\n');
    expect(result.ok && result.records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['', 'x'],
      ['', ''],
    ]);
  });
  it('names the line of an unclosed quote', () => {
    expect(parseCsv('a\nok\n"never closed\nmore')).toMatchObject({ ok: false, line: 3 });
  });
  it('names the line of text after a closing quote, and of a stray quote', () => {
    expect(parseCsv('a,b\n1,2\n"x"y,3')).toMatchObject({ ok: false, line: 3 });
    expect(parseCsv('a,b\nab"c,3')).toMatchObject({ ok: false, line: 2 });
  });
  it('writes what it reads', () => {
    const text = toCsv(['city', 'answer'], [['Paris, France', 'The "Eiffel"\nTower']]);
    const result = parseCsv(text);
    expect(result.ok && result.records[1]?.fields).toEqual(['Paris, France', 'The "Eiffel"\nTower']);
  });
});
