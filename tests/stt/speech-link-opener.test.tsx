// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpeechLinkOpener } from '@/components/stt/speech-link-opener';
import { speechShareState, speechShareUrl } from '@/lib/share/speech-share';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { DEFAULT_STT_OPTIONS } from '@/lib/stt/options';
import { DEFAULT_TTS_OPTIONS } from '@/lib/tts/defaults';

/*
 * The opener is a light watcher on a first visit; the codec and its dialog load only when the URL
 * carries a #speech= link, on load or pasted later. Either way the link must open as before.
 */

const shared = speechShareState(
  { ...DEFAULT_STT_OPTIONS, prompt: 'GroqCloud, LPU' },
  { ...DEFAULT_TTS_OPTIONS, text: 'Hello from a link' },
  'tts',
);
const linkHash = new URL(speechShareUrl('http://localhost/', shared)).hash;

/** The opener's first import goes through the test transform: allow it more than findBy's 1 s. */
const LOAD = { timeout: 10_000 };

const setHash = (hash: string) => window.history.replaceState(null, '', `/${hash}`);

beforeEach(() => {
  usePlaygroundStore.setState(usePlaygroundStore.getInitialState(), true);
  setHash('');
});
afterEach(cleanup);

describe('SpeechLinkOpener', () => {
  it('opens a link present on load once saved state is back, and says nothing was sent', async () => {
    setHash(linkHash);
    const onOpen = vi.fn();
    const { rerender } = render(<SpeechLinkOpener ready={false} onOpen={onOpen} />);
    rerender(<SpeechLinkOpener ready onOpen={onOpen} />);
    expect(
      await screen.findByText('Shared speech settings opened. Nothing has been sent.', {}, LOAD),
    ).toBeTruthy();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(usePlaygroundStore.getState().tts.text).toBe('Hello from a link');
    expect(window.location.hash).toBe('');
  });

  it('renders nothing without a link, then opens one pasted into the open tab', async () => {
    const onOpen = vi.fn();
    const { container } = render(<SpeechLinkOpener ready onOpen={onOpen} />);
    expect(container.innerHTML).toBe('');
    act(() => {
      setHash('#speech=not-lz-at-all');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(
      await screen.findByText(/damaged or incomplete.*Speech mode was left as it was\./, {}, LOAD),
    ).toBeTruthy();
    expect(onOpen).not.toHaveBeenCalled();
    act(() => {
      setHash(linkHash);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1), LOAD);
  });

  it('asks before replacing typed text, and keeps it on Keep my work', async () => {
    usePlaygroundStore.setState((s) => ({ tts: { ...s.tts, text: 'My own words' } }));
    setHash(linkHash);
    const onOpen = vi.fn();
    render(<SpeechLinkOpener ready onOpen={onOpen} />);
    const keep = await screen.findByRole('button', { name: 'Keep my work' }, LOAD);
    act(() => keep.click());
    expect(usePlaygroundStore.getState().tts.text).toBe('My own words');
    expect(onOpen).not.toHaveBeenCalled();
  });
});
