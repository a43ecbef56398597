// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SttOptionsPanel } from '@/components/stt/stt-options';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { renderWhileModelsLoad } from '../support/render-with-models-pending';

beforeEach(() => {
  usePlaygroundStore.setState(usePlaygroundStore.getInitialState(), true);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPanel() {
  renderWhileModelsLoad(<SttOptionsPanel />);
  return userEvent.setup();
}

describe('SttOptionsPanel', () => {
  it("names every control by its visible label and lists today's Whisper models before the list loads", () => {
    renderPanel();
    const model = screen.getByRole('combobox', { name: 'Model' });
    expect([...(model as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      'whisper-large-v3',
      'whisper-large-v3-turbo',
    ]);
    const task = screen.getByRole('radiogroup', { name: 'Task' });
    expect(
      within(task)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['transcribe', 'translate']);
    expect(screen.queryByRole('radio', { name: 'Text to Speech' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Response Format' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Temperature' })).toBeTruthy();
  });

  it('disables Translate with the reason where the model cannot translate', async () => {
    const user = renderPanel();
    const translate = screen.getByRole('radio', { name: 'Translate' }) as HTMLInputElement;
    expect(translate.disabled).toBe(true);
    expect(translate.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/whisper-large-v3-turbo does not support translation/)).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'whisper-large-v3');
    await user.click(screen.getByRole('radio', { name: 'Translate' }));
    expect(usePlaygroundStore.getState().stt.task).toBe('translate');
    expect((screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement).disabled).toBe(true);
  });

  it('disables Language for the English-only model (a saved 2024-era choice) and says so', async () => {
    usePlaygroundStore.getState().setSttModel('distil-whisper-large-v3-en');
    renderPanel();
    expect((screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText('distil-whisper-large-v3-en is English-only.')).toBeTruthy();
  });

  it('estimates the prompt tokens and warns past 224', async () => {
    renderPanel();
    expect(screen.getByText('≈ 0 of 224 tokens (an estimate)')).toBeTruthy();
    usePlaygroundStore.getState().setSttOption('prompt', 'word '.repeat(200));
    expect(
      await screen.findByText(/≈ 260 of 224 tokens \(an estimate\) — over Groq's 224-token prompt limit/),
    ).toBeTruthy();
  });
});
