// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { LEGACY_FEATURE_KEYS } from '@/lib/store/persisted-features';
import { STORE_KEY, STORE_VERSION } from '@/lib/store/persisted-state';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { flushPendingWrites } from '@/lib/store/safe-storage';
import { defaultPane } from '@/lib/store/settings-slice';

const store = usePlaygroundStore;
const savedDataset = {
  values: { city: 'Oslo' },
  datasetText: 'city\nParis\nRome',
  concurrency: 7,
  completionWindow: '24h',
  lastBatchId: 'batch_9',
};

beforeEach(() => {
  localStorage.clear();
  store.setState(store.getInitialState(), true);
});

describe('the Dataset, saved under its own key before store v5', () => {
  it('comes back into the one store beside a v4 playground, and both are then saved under one key', async () => {
    localStorage.setItem(
      STORE_KEY,
      JSON.stringify({
        version: 4,
        state: { system: 'Be brief', panes: [defaultPane('openai/gpt-oss-20b')] },
      }),
    );
    localStorage.setItem(LEGACY_FEATURE_KEYS.dataset, JSON.stringify({ version: 1, state: savedDataset }));
    await store.persist.rehydrate();
    expect(store.getState().system).toBe('Be brief');
    expect(store.getState().dataset).toMatchObject({ ...savedDataset, source: null, progress: null });
    store.getState().setVariable('city', 'Lima');
    flushPendingWrites();
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}');
    expect(saved.version).toBe(STORE_VERSION);
    expect(saved.state.dataset).toEqual({ ...savedDataset, values: { city: 'Lima' } });
  });

  it('comes back when it is all that was ever saved, and the chat keeps its defaults', async () => {
    const panes = store.getState().panes;
    localStorage.setItem(LEGACY_FEATURE_KEYS.dataset, JSON.stringify({ version: 1, state: savedDataset }));
    await store.persist.rehydrate();
    expect(store.getState().dataset.datasetText).toBe(savedDataset.datasetText);
    expect(store.getState().panes).toEqual(panes);
  });

  it('an old key written after the upgrade (a tab of the old version) is taken in once, then removed', async () => {
    localStorage.setItem(
      STORE_KEY,
      JSON.stringify({ version: 5, state: { dataset: { ...savedDataset, datasetText: 'city\nLima' } } }),
    );
    localStorage.setItem(LEGACY_FEATURE_KEYS.dataset, JSON.stringify({ version: 1, state: savedDataset }));
    await store.persist.rehydrate();
    expect(store.getState().dataset.datasetText).toBe(savedDataset.datasetText);
    expect(localStorage.getItem(LEGACY_FEATURE_KEYS.dataset)).toBeNull();
    store.getState().setDatasetText('city\nQuito');
    flushPendingWrites();
    await store.persist.rehydrate();
    expect(store.getState().dataset.datasetText).toBe('city\nQuito');
  });
});

describe('Speech to Text and Text to Speech, saved under their own keys before store v5', () => {
  const sttOptions = {
    model: 'whisper-large-v3',
    task: 'translate',
    language: '',
    prompt: 'Names: Groq',
    responseFormat: 'verbose_json',
    temperature: 0.2,
  };
  const ttsOptions = {
    active: true,
    model: 'canopylabs/orpheus-arabic-saudi',
    voice: 'fahad',
    text: 'مرحبا',
    responseFormat: 'wav',
    sampleRate: null,
    speed: 1,
    gapMs: 250,
  };

  it('come back into the one store, and are then saved in it without audio or results', async () => {
    localStorage.setItem(STORE_KEY, JSON.stringify({ version: 4, state: { system: 'Be brief' } }));
    localStorage.setItem(LEGACY_FEATURE_KEYS.stt, JSON.stringify({ version: 1, state: sttOptions }));
    localStorage.setItem(LEGACY_FEATURE_KEYS.tts, JSON.stringify({ version: 1, state: ttsOptions }));
    await store.persist.rehydrate();
    expect(store.getState().stt).toEqual({ ...sttOptions, audio: null, refusal: null });
    expect(store.getState().tts).toEqual({ ...ttsOptions, refusal: null });
    store.getState().setTtsOption('text', 'Hello.');
    flushPendingWrites();
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}');
    expect(saved.state.stt).toEqual(sttOptions);
    expect(saved.state.tts).toEqual({ ...ttsOptions, text: 'Hello.' });
  });
});

describe('?model= (openModelLink)', () => {
  it('a TTS model opens Text to Speech with it; a Whisper model opens Speech to Text; a chat model picks pane 1', () => {
    expect(store.getState().openModelLink('canopylabs/orpheus-v1-english')).toBe('speech');
    expect(store.getState().tts).toMatchObject({ active: true, model: 'canopylabs/orpheus-v1-english' });
    expect(store.getState().openModelLink('whisper-large-v3')).toBe('speech');
    expect(store.getState().tts.active).toBe(false);
    expect(store.getState().stt.model).toBe('whisper-large-v3');
    expect(store.getState().openModelLink('openai/gpt-oss-20b')).toBe('chat');
    expect(store.getState().panes[0]?.model).toBe('openai/gpt-oss-20b');
    expect(store.getState().openModelLink(null)).toBeNull();
  });
});
