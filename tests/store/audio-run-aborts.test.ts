// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectSttRun } from '@/lib/store/stt-slice';
import { selectTtsRun } from '@/lib/store/tts-slice';

const store = usePlaygroundStore;

/** A server that holds every request open until its signal aborts; records which ones were aborted. */
function hangingServer() {
  const calls: { url: string; signal: AbortSignal }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(
      (url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          const signal = init.signal as AbortSignal;
          calls.push({ url, signal });
          const fail = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
          if (signal.aborted) fail();
          signal.addEventListener('abort', fail);
        }),
    ),
  );
  const aborted = (part: string) => calls.filter((c) => c.url.includes(part)).map((c) => c.signal.aborted);
  return { calls, aborted };
}

const clip = (name = 'clip.wav') => new File([new Uint8Array(64)], name, { type: 'audio/wav' });

beforeEach(() => {
  store.setState(store.getInitialState(), true);
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => {} }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A transcription and a text-to-speech generation, both waiting on the server. */
async function bothRunning() {
  const server = hangingServer();
  store.getState().setSttAudio(clip(), 'upload');
  store.getState().setTtsOption('text', 'Hello there.');
  const stt = store.getState().submitStt();
  const tts = store.getState().generateTts();
  await vi.waitFor(() => expect(server.calls).toHaveLength(2));
  return { server, stt, tts };
}

describe('which audio runs end', () => {
  it('Stop in Speech to Text aborts the transcription only', async () => {
    const { server, stt, tts } = await bothRunning();
    store.getState().stopStt();
    await stt;
    expect(server.aborted('/api/stt/transcriptions')).toEqual([true]);
    expect(server.aborted('/api/tts')).toEqual([false]);
    expect(selectSttRun(store.getState())?.status).toBe('stopped');
    expect(selectTtsRun(store.getState())?.status).toBe('running');
    store.getState().stopTts();
    await tts;
    expect(selectTtsRun(store.getState())?.status).toBe('stopped');
  });

  it('new audio ends the transcription of the old one and drops its run; TTS goes on', async () => {
    const { server, stt, tts } = await bothRunning();
    store.getState().setSttAudio(clip('other.wav'), 'upload');
    await stt;
    expect(server.aborted('/api/stt/transcriptions')).toEqual([true]);
    expect(selectSttRun(store.getState())).toBeUndefined();
    expect(server.aborted('/api/tts')).toEqual([false]);
    store.getState().stopTts();
    await tts;
  });

  it('Clear in Text to Speech aborts the generation, not the transcription nor a chat answer', async () => {
    const { server, stt, tts } = await bothRunning();
    store.getState().stop();
    store.getState().clearTtsResult();
    await tts;
    expect(server.aborted('/api/tts')).toEqual([true]);
    expect(selectTtsRun(store.getState())).toBeUndefined();
    expect(server.aborted('/api/stt/transcriptions')).toEqual([false]);
    store.getState().stopStt();
    await stt;
  });
});
