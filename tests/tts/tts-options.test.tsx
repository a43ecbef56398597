// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TtsOptionsPanel } from '@/components/tts/tts-options';
import { TtsTextField } from '@/components/tts/tts-text-field';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { DEFAULT_TTS_OPTIONS } from '@/lib/tts/defaults';
import { renderWhileModelsLoad } from '../support/render-with-models-pending';

beforeEach(() => {
  usePlaygroundStore.setState(usePlaygroundStore.getInitialState(), true);
  usePlaygroundStore.setState((s) => ({ tts: { ...s.tts, ...DEFAULT_TTS_OPTIONS, active: true } }));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderTts() {
  renderWhileModelsLoad(
    <>
      <TtsTextField />
      <TtsOptionsPanel />
    </>,
  );
  return userEvent.setup();
}

const optionTexts = (name: string) =>
  [...(screen.getByRole('combobox', { name }) as HTMLSelectElement).options].map((o) => o.textContent);

describe('Text to Speech options', () => {
  it('names every control by its visible label; WAV only, and no Sample Rate or Speed for Orpheus', () => {
    renderTts();
    expect(optionTexts('Model')).toEqual([
      'Orpheus V1 English (canopylabs/orpheus-v1-english)',
      'Orpheus Arabic (Saudi) (canopylabs/orpheus-arabic-saudi)',
    ]);
    expect(optionTexts('Voice')).toEqual([
      'autumn (female)',
      'diana (female)',
      'hannah (female)',
      'austin (male)',
      'daniel (male)',
      'troy (male)',
    ]);
    expect(optionTexts('Response Format')).toEqual(['WAV']);
    expect(screen.queryByRole('combobox', { name: 'Sample Rate' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Speed' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Text' })).toBeTruthy();
    // Speech mode's tabs choose Text to Speech; the Whisper Task radios are not among its options.
    expect(screen.queryByRole('radiogroup', { name: 'Task' })).toBeNull();
    expect(screen.queryAllByRole('radio')).toEqual([]);
  });

  it('counts characters and says how many requests a long text makes', async () => {
    const user = renderTts();
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Hi there.');
    expect(screen.getByText('9 characters')).toBeTruthy();
    usePlaygroundStore
      .getState()
      .setTtsOption(
        'text',
        Array.from({ length: 6 }, () => 'This sentence is exactly fifty characters long ok.').join(' '),
      );
    expect(
      await screen.findByText('305 characters · sent as 2 requests of at most 200 characters'),
    ).toBeTruthy();
  });

  it('inserts a vocal direction at the caret for English; the Arabic model offers none and switches voice', async () => {
    const user = renderTts();
    const text = screen.getByRole('textbox', { name: 'Text' }) as HTMLTextAreaElement;
    await user.type(text, 'Good news');
    text.setSelectionRange(4, 4);
    await user.click(screen.getByRole('button', { name: '[whisper]' }));
    expect(usePlaygroundStore.getState().tts.text).toBe('Good [whisper] news');
    expect(
      screen.getByRole('group', { name: 'Vocal directions, for example (click to insert):' }),
    ).toBeTruthy();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Model' }),
      'canopylabs/orpheus-arabic-saudi',
    );
    expect(usePlaygroundStore.getState().tts.voice).toBe('fahad');
    expect(optionTexts('Voice')).toContain('noura (female)');
    expect(screen.queryByRole('button', { name: '[whisper]' })).toBeNull();
    expect(screen.getByText(/does not take vocal directions/)).toBeTruthy();
    expect(text.getAttribute('lang')).toBe('ar-SA');
  });
});
