import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findTtsModel, findVoice } from '@/lib/models/tts';
import { synthesizeSpeech } from '@/lib/simulator/tts';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectTtsRun, type TtsState } from '@/lib/store/tts-slice';
import type { TtsRequest } from '@/lib/tts/schema';
import { parseWav } from '@/lib/tts/wav';

const english = findTtsModel('canopylabs/orpheus-v1-english');
const troy = english && findVoice(english, 'troy');
if (!troy) throw new Error('troy is missing from the TTS table');

const sentence = (n: number) => `Sentence number ${n} is long enough to fill a good part of a piece of text.`;
const LONG = [1, 2, 3, 4, 5, 6].map(sentence).join(' ');

const store = usePlaygroundStore;
const setTts = (patch: Partial<TtsState>) => store.setState((s) => ({ tts: { ...s.tts, ...patch } }));

let sent: TtsRequest[] = [];
/** Answers like /api/tts would: a WAV per body, or an error for an input containing "FAIL". */
function stubFetch() {
  sent = [];
  let n = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as TtsRequest;
      sent.push(body);
      n += 1;
      if (body.input.includes('FAIL')) {
        const error = {
          status: 503,
          type: 'internal_server_error',
          code: null,
          message: 'Service Unavailable',
        };
        return Response.json({ error }, { status: 503 });
      }
      const wav = synthesizeSpeech(body.input, troy as NonNullable<typeof troy>) as Uint8Array<ArrayBuffer>;
      return new Response(wav, { headers: { 'content-type': 'audio/wav', 'x-request-id': `req_${n}` } });
    }),
  );
}

beforeEach(() => {
  store.setState(store.getInitialState(), true);
  setTts({ active: true });
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => {} }));
  stubFetch();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('generateTts', () => {
  it('refuses empty text and an unknown voice without sending anything', async () => {
    await store.getState().generateTts();
    expect(store.getState().tts.refusal).toEqual({
      field: 'text',
      message: 'Enter some text to speak: the text is empty.',
    });
    setTts({ text: 'Hello.', voice: 'zeus' });
    await store.getState().generateTts();
    expect(store.getState().tts.refusal?.message).toMatch(/“zeus” is not a voice of Orpheus V1 English/);
    expect(sent).toEqual([]);
    expect(selectTtsRun(store.getState())).toBeUndefined();
  });

  it('sends a long text as pieces in order and joins their audio into one WAV', async () => {
    setTts({ text: LONG, gapMs: 100 });
    await store.getState().generateTts();
    const run = selectTtsRun(store.getState());
    expect(run?.status).toBe('done');
    expect(sent.map((b) => b.input).join(' ')).toBe(LONG);
    for (const body of sent) expect(body.input.length).toBeLessThanOrEqual(200);
    expect(new Set(run?.result.pieces.map((p) => p.requestId))).toEqual(
      new Set(sent.map((_, i) => `req_${i + 1}`)),
    );
    const blob = run?.result.audio?.blob;
    if (!blob) throw new Error('no joined audio');
    const joined = parseWav(new Uint8Array(await blob.arrayBuffer()));
    const pieces = sent.map(
      (b) => parseWav(synthesizeSpeech(b.input, troy as NonNullable<typeof troy>)).durationSeconds,
    );
    const expected = pieces.reduce((a, b) => a + b, 0) + 0.1 * (pieces.length - 1);
    expect(joined.durationSeconds).toBeCloseTo(expected, 3);
    expect(run?.result.audio).toMatchObject({
      pieceCount: sent.length,
      sampleRate: 24_000,
      fileName: 'sentence-number-1-is-long-enough-to-fill-a-good.wav',
    });
  });

  it('keeps the pieces made before a failed one and reports which piece failed', async () => {
    setTts({
      text: `${sentence(1)} ${sentence(2)} ${sentence(3)} FAIL here. ${sentence(5)} ${sentence(6)}`,
    });
    await store.getState().generateTts();
    const run = selectTtsRun(store.getState());
    expect(run?.status).toBe('error');
    expect(run?.result.failedIndex).toBe(1);
    expect(run?.result.error).toMatchObject({ status: 503, message: 'Service Unavailable' });
    expect(run?.result.audio?.pieceCount).toBe(1);
    // The third piece may have finished before the failure arrived; it is not part of the audio either way.
    expect(run?.result.pieces.map((p) => p.status).slice(0, 2)).toEqual(['done', 'error']);
    expect(['done', 'cancelled', 'skipped']).toContain(run?.result.pieces[2]?.status);
  });
});
