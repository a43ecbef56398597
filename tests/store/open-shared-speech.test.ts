// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { speechShareState } from '@/lib/share/speech-share';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { DEFAULT_STT_OPTIONS } from '@/lib/stt/options';
import { DEFAULT_TTS_OPTIONS } from '@/lib/tts/defaults';

const store = usePlaygroundStore;

beforeEach(() => {
  localStorage.clear();
  store.setState(store.getInitialState(), true);
});

describe('opening a Speech share link (openSharedSpeech)', () => {
  it('fills both workbenches’ options and opens the one the link was made in', () => {
    const shared = speechShareState(
      { ...DEFAULT_STT_OPTIONS, model: 'whisper-large-v3', task: 'translate', prompt: 'LPU' },
      { ...DEFAULT_TTS_OPTIONS, text: 'Read this aloud.', voice: 'hannah', speed: 1.25 },
      'tts',
    );
    store.getState().openSharedSpeech(shared);
    const { stt, tts } = store.getState();
    expect(stt).toMatchObject({ model: 'whisper-large-v3', task: 'translate', prompt: 'LPU' });
    expect(tts).toMatchObject({
      text: 'Read this aloud.',
      voice: 'hannah',
      speed: 1.25,
      active: true,
      refusal: null,
    });
  });

  it('keeps the audio already chosen and opens Speech to Text when the link says so', () => {
    store.getState().setTtsActive(true);
    const audio = store.getState().stt.audio;
    store.getState().openSharedSpeech(speechShareState(DEFAULT_STT_OPTIONS, DEFAULT_TTS_OPTIONS, 'stt'));
    expect(store.getState().tts.active).toBe(false);
    expect(store.getState().stt.audio).toBe(audio);
  });
});
