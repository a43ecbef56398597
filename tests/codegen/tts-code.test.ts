import { describe, expect, it } from 'vitest';
import { generateTtsCode, pieceFileName } from '@/lib/codegen/tts';

const body = {
  model: 'canopylabs/orpheus-v1-english',
  input: "It's [cheerful] fine.",
  voice: 'troy',
  response_format: 'wav' as const,
};
const one = { requests: [body], fileName: 'its-fine.wav' };
const two = {
  requests: [
    { ...body, input: 'First piece.' },
    { ...body, input: 'Second piece.' },
  ],
  fileName: 'first-piece.wav',
};

describe('View code for Text to Speech', () => {
  it('curl posts the JSON body and writes the audio to a file', () => {
    const code = generateTtsCode(one, 'curl');
    expect(code).toContain('curl https://api.groq.com/openai/v1/audio/speech \\');
    expect(code).toContain('-H "Authorization: Bearer $GROQ_API_KEY"');
    expect(code).toContain(
      `-d '{"model":"canopylabs/orpheus-v1-english","input":"It'\\''s [cheerful] fine.","voice":"troy","response_format":"wav"}'`,
    );
    expect(code).toContain("-o 'its-fine.wav'");
    expect(code).not.toMatch(/gsk_/);
  });

  it('one command and one file per piece when the text was split', () => {
    const code = generateTtsCode(two, 'curl');
    expect(code).toMatch(/^# Groq takes at most 200 characters per request: 2 requests/);
    expect(code).toContain("-o 'first-piece-1.wav'");
    expect(code).toContain("-o 'first-piece-2.wav'");
    expect(pieceFileName('x.wav', 0, 1)).toBe('x.wav');
  });

  it('Python and JavaScript call audio.speech.create and save the file', () => {
    const python = generateTtsCode(one, 'python');
    expect(python).toContain('response = client.audio.speech.create(');
    expect(python).toContain('    voice="troy",');
    expect(python).toContain('response.write_to_file("its-fine.wav")');
    const js = generateTtsCode(one, 'javascript');
    expect(js).toContain('const response = await groq.audio.speech.create({');
    expect(js).toContain(
      'await fs.promises.writeFile("its-fine.wav", Buffer.from(await response.arrayBuffer()));',
    );
    const loop = generateTtsCode(two, 'python');
    expect(loop).toContain('for number, piece in enumerate(pieces, start=1):');
    expect(loop).toContain('response.write_to_file("first-piece-" + str(number) + ".wav")');
    expect(generateTtsCode(two, 'javascript')).toContain('const name = "first-piece-" + (i + 1) + ".wav";');
  });

  it('JSON is the body as sent, or the list of bodies', () => {
    expect(JSON.parse(generateTtsCode(one, 'json'))).toEqual(one.requests[0]);
    expect(JSON.parse(generateTtsCode(two, 'json'))).toEqual(two.requests);
  });
});
