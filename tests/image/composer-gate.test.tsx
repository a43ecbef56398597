// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Composer } from '@/components/playground/composer';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { defaultPane } from '@/lib/store/settings-slice';
import { renderWhileModelsLoad } from '../support/render-with-models-pending';

const submitChat = vi.fn(() => ({ ok: true as const, done: Promise.resolve() }));

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

const text = (element: HTMLElement) => element.textContent ?? '';
const disabled = (element: HTMLElement) => (element as HTMLButtonElement).disabled;
/** The accessible description: the text of the elements aria-describedby names. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

function setup(model: string, system = '') {
  usePlaygroundStore.setState({ panes: [defaultPane(model)], system });
  renderWhileModelsLoad(<Composer />);
  return {
    user: userEvent.setup({ applyAccept: false }),
    submit: screen.getByRole('button', { name: 'Submit' }),
    message: screen.getByRole('textbox', { name: 'Message' }),
  };
}

beforeEach(() => {
  usePlaygroundStore.setState(usePlaygroundStore.getInitialState(), true);
  usePlaygroundStore.setState({ submit: submitChat });
  submitChat.mockClear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Composer vision gate', () => {
  it('holds back a second image on a preview model, for the button and Ctrl+Enter alike', async () => {
    usePlaygroundStore.setState({ draftImages: [PNG, PNG] });
    const { user, submit, message } = setup('llama-3.2-11b-vision-preview');
    const reason = 'Llama 3.2 11B Vision accepts one image per request; remove one before sending.';
    // The alert and the thumbnails load with the first image (a first visit has none).
    expect(text(await screen.findByRole('alert'))).toContain(reason);
    expect(disabled(submit)).toBe(true);
    expect(description(submit)).toBe(reason);
    await user.type(message, 'Compare{Control>}{Enter}{/Control}');
    expect(submitChat).not.toHaveBeenCalled();

    await user.click(await screen.findByRole('button', { name: 'Remove image 2' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(disabled(submit)).toBe(false);
    await user.click(message);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(submitChat).toHaveBeenCalledTimes(1);
  });

  it('moves the system prompt into the message', async () => {
    usePlaygroundStore.setState({ draft: 'What is it?', draftImages: [PNG] });
    const { user, submit, message } = setup('llama-3.2-90b-vision-preview', 'Be terse.');
    expect(disabled(submit)).toBe(true);
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Move system prompt into message' }));
    expect(usePlaygroundStore.getState().system).toBe('');
    expect((message as HTMLInputElement).value).toBe('Be terse.\n\nWhat is it?');
    expect(disabled(submit)).toBe(false);
  });

  it('says a text-only model takes no images only when one is attached, and offers a vision model', async () => {
    const { user } = setup('llama-3.1-8b-instant');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/does not accept images/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Attach image' }));
    expect(text(await screen.findByRole('alert'))).toContain('Llama 3.1 8B Instant does not accept images.');
    expect(screen.queryByRole('textbox', { name: 'Image URL' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Switch to a vision model' }));
    expect(usePlaygroundStore.getState().panes[0]?.model).toBe('qwen/qwen3.8-27b');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await screen.findByRole('textbox', { name: 'Image URL' })).toBeDefined();
  });

  it('attaches a typed URL on Enter without submitting, and refuses what is not a URL', async () => {
    const { user } = setup('llama-3.2-11b-vision-preview');
    const attach = screen.getByRole('button', { name: 'Attach image' });
    expect(attach.getAttribute('aria-expanded')).toBe('false');
    await user.click(attach);
    expect(attach.getAttribute('aria-expanded')).toBe('true');
    const field = await screen.findByRole('textbox', { name: 'Image URL' });
    expect(description(field)).toMatch(/Groq fetches image URLs itself; up to 20 MB/);
    await user.type(field, 'cat.png{Enter}');
    expect(text(await screen.findByRole('alert'))).toContain('Enter an http(s) image URL');
    await user.clear(field);
    await user.type(field, 'https://example.com/cat.png{Enter}');
    expect(usePlaygroundStore.getState().draftImages).toEqual(['https://example.com/cat.png']);
    expect((field as HTMLInputElement).value).toBe('');
    expect(submitChat).not.toHaveBeenCalled();
    expect(await screen.findByRole('img', { name: 'Draft attachment 1' })).toBeDefined();
  });

  it('takes several files at once from the picker', () => {
    setup('llama-3.2-90b-vision-preview');
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('image/*');
  });

  it('refuses a file that is not an image, naming it', async () => {
    const { user } = setup('llama-3.2-11b-vision-preview');
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(text(await screen.findByRole('alert'))).toContain('notes.txt is not an image (text/plain)');
    expect(usePlaygroundStore.getState().draftImages).toEqual([]);
  });
});
