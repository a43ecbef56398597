// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpeechWorkbench } from '@/components/stt/speech-mode';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { renderWhileModelsLoad } from '../support/render-with-models-pending';

beforeEach(async () => {
  localStorage.clear();
  usePlaygroundStore.setState(usePlaygroundStore.getInitialState(), true);
  await usePlaygroundStore.persist.rehydrate();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function renderSpeech() {
  renderWhileModelsLoad(<SpeechWorkbench />);
  const user = userEvent.setup();
  const tabs = await screen.findByRole('tablist', { name: 'Speech' });
  return { user, tabs };
}

const tab = (name: string) => screen.getByRole('tab', { name });

describe('Speech mode tabs', () => {
  it('offers Speech to Text and Text to Speech as two peer tabs, Speech to Text first and selected', async () => {
    const { tabs } = await renderSpeech();
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Speech to Text', 'Text to Speech']);
    expect(tab('Speech to Text').getAttribute('aria-selected')).toBe('true');
    expect(tab('Text to Speech').getAttribute('tabindex')).toBe('-1');
    const panel = screen.getByRole('tabpanel', { name: 'Speech to Text' });
    const task = within(panel).getByRole('radiogroup', { name: 'Task' });
    expect(
      within(task)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['transcribe', 'translate']);
  });

  it('ArrowRight selects Text to Speech, keeps focus on its tab and sets the store flag; ArrowLeft goes back', async () => {
    const { user } = await renderSpeech();
    tab('Speech to Text').focus();
    await user.keyboard('{ArrowRight}');
    expect(usePlaygroundStore.getState().tts.active).toBe(true);
    expect(tab('Text to Speech').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Text to Speech'));
    const panel = screen.getByRole('tabpanel', { name: 'Text to Speech' });
    expect(within(panel).getByRole('textbox', { name: 'Text' })).toBeTruthy();
    expect(within(panel).getByRole('combobox', { name: 'Voice' })).toBeTruthy();
    expect(screen.queryByRole('radiogroup', { name: 'Task' })).toBeNull();

    await user.keyboard('{ArrowLeft}');
    expect(usePlaygroundStore.getState().tts.active).toBe(false);
    expect(document.activeElement).toBe(tab('Speech to Text'));
    expect(screen.getByRole('radio', { name: 'Transcribe' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Text' })).toBeNull();
  });

  it('opens on Text to Speech when the store says so (a reload, a share link, History)', async () => {
    usePlaygroundStore.getState().setTtsActive(true);
    await renderSpeech();
    expect(tab('Text to Speech').getAttribute('aria-selected')).toBe('true');
    expect(tab('Text to Speech').getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('button', { name: 'Generate' })).toBeTruthy();
  });

  it('a click on Speech to Text keeps the Whisper task chosen before', async () => {
    usePlaygroundStore.getState().setSttModel('whisper-large-v3');
    usePlaygroundStore.getState().setSttOption('task', 'translate');
    usePlaygroundStore.getState().setTtsActive(true);
    const { user } = await renderSpeech();
    await user.click(tab('Speech to Text'));
    expect((screen.getByRole('radio', { name: 'Translate' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Translate' })).toBeTruthy();
  });
});
