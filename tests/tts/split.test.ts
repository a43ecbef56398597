import { describe, expect, it } from 'vitest';
import { ttsInputLength } from '@/lib/models/tts';
import { splitTtsText } from '@/lib/tts/split';

/** Every piece fits, none is blank or padded, and the pieces read back as the text. */
function expectValidSplit(text: string, pieces: string[], max = 200) {
  for (const piece of pieces) {
    expect(ttsInputLength(piece)).toBeGreaterThan(0);
    expect(ttsInputLength(piece)).toBeLessThanOrEqual(max);
    expect(piece).toBe(piece.trim());
  }
  expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
}

const sentence = (n: number) => `This is sentence number ${n}, and it says something useful about speech.`;

describe('splitTtsText', () => {
  it('keeps text of up to 200 characters whole, inner newlines included', () => {
    const text = 'Hello there.\nHow are you today?';
    expect(splitTtsText(text)).toEqual([text]);
    expect(splitTtsText('x'.repeat(200))).toEqual(['x'.repeat(200)]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(splitTtsText('')).toEqual([]);
    expect(splitTtsText('  \n\t ')).toEqual([]);
  });

  it('splits at sentence ends and packs whole sentences up to the limit', () => {
    const text = [1, 2, 3, 4, 5, 6, 7].map(sentence).join(' ');
    expect(text.length).toBeGreaterThan(480);
    const pieces = splitTtsText(text);
    expectValidSplit(text, pieces);
    expect(pieces.length).toBe(Math.ceil(text.length / 200) + 1);
    for (const piece of pieces) expect(piece).toMatch(/^This .*speech\.$/);
    // Greedy: two sentences (143 chars + a space) fit, a third would not.
    expect(pieces[0]).toBe(`${sentence(1)} ${sentence(2)}`);
  });

  it('treats ?, !, … and closing quotes as sentence ends', () => {
    const a = `${'a'.repeat(120)}?”`;
    const b = `${'b'.repeat(120)}!`;
    const c = `${'c'.repeat(120)}…`;
    expect(splitTtsText(`${a} ${b} ${c}`)).toEqual([a, b, c]);
  });

  it('falls back to clause marks, then word boundaries, inside an over-long sentence', () => {
    const clause = `${'word '.repeat(20).trim()},`; // 100 characters
    const long = `${clause} ${clause} ${clause} end.`;
    const pieces = splitTtsText(long);
    expectValidSplit(long, pieces);
    expect(pieces[0]).toBe(`${clause}`.length * 2 + 1 <= 200 ? `${clause} ${clause}` : clause);

    const words = `${'lorem ipsum dolor '.repeat(20).trim()}.`;
    const byWord = splitTtsText(words);
    expectValidSplit(words, byWord);
    for (const piece of byWord) expect(piece).toMatch(/^(lorem|ipsum|dolor)( (lorem|ipsum|dolor))*\.?$/);
  });

  it('cuts a single word longer than the limit into pieces of exactly the limit (they join without a space)', () => {
    const url = `https://example.com/${'a'.repeat(450)}`;
    const pieces = splitTtsText(`See ${url} now.`);
    expect(pieces[0]).toBe('See');
    expect(pieces.slice(1, -1).join('')).toBe(url);
    expect(pieces.slice(1, 3).map((p) => p.length)).toEqual([200, 200]);
    expect(pieces.at(-1)).toBe('now.');
  });

  it('never cuts inside a surrogate pair', () => {
    const emoji = '😀'.repeat(250);
    const pieces = splitTtsText(emoji);
    expect(pieces.map(ttsInputLength)).toEqual([200, 50]);
    expect(pieces.join('')).toBe(emoji);
  });

  it('keeps vocal directions whole, with spaces and periods inside them', () => {
    const filler = 'The weather today is bright and clear across the whole region';
    const text = `${filler} and ${filler}. [cheerful] ${filler}, [in a low. slow voice] ${filler} and ${filler}.`;
    const pieces = splitTtsText(text);
    expectValidSplit(text, pieces);
    const directions = (s: string) => s.match(/\[[^\]]*\]/g) ?? [];
    expect(pieces.flatMap(directions)).toEqual(['[cheerful]', '[in a low. slow voice]']);
    for (const piece of pieces) expect(piece.split('[').length).toBe(piece.split(']').length);
  });

  it('moves a direction glued to an over-long word to the next piece instead of cutting it', () => {
    const word = `${'z'.repeat(195)}[whisper]${'y'.repeat(20)}`;
    const pieces = splitTtsText(word);
    expect(pieces[0]).toBe('z'.repeat(195));
    expect(pieces[1]).toBe(`[whisper]${'y'.repeat(20)}`);
  });

  it('splits Arabic at ؟ and . and at the Arabic comma', () => {
    const question = 'هل يمكنك أن تخبرني عن حالة الطقس في الرياض اليوم وغدا وبعد غد من فضلك يا صديقي العزيز؟';
    const statement = 'الطقس في الرياض مشمس وحار جدا خلال النهار ومعتدل في المساء مع رياح خفيفة من الشمال.';
    const text = [question, statement, question, statement].join(' ');
    const pieces = splitTtsText(text);
    expectValidSplit(text, pieces);
    for (const piece of pieces) expect(piece).toMatch(/[؟.]$/);

    const clauses = Array.from({ length: 8 }, () => 'كان الجو جميلا في الصباح الباكر،').join(' ');
    const byClause = splitTtsText(clauses);
    expectValidSplit(clauses, byClause);
    for (const piece of byClause) expect(piece.endsWith('،')).toBe(true);
  });

  it('honours a smaller limit', () => {
    const text = 'One two three. Four five six.';
    const pieces = splitTtsText(text, 14);
    expect(pieces).toEqual(['One two three.', 'Four five six.']);
  });
});
