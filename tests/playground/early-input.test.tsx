// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Composer } from '@/components/playground/composer';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { renderWhileModelsLoad } from '../support/render-with-models-pending';

const submitChat = vi.fn(() => ({ ok: true as const, done: Promise.resolve() }));

/** The composer of a first visit whose /api/models has not answered yet (no model chosen). */
function renderFirstVisitComposer() {
  renderWhileModelsLoad(<Composer />);
}

/** The composer's word on the model list (one of its polite statuses). */
const modelListStatus = () => screen.getByText(/model list/).textContent;

const chooseModel = () =>
  act(() => {
    const [pane] = usePlaygroundStore.getState().panes;
    if (pane) usePlaygroundStore.setState({ panes: [{ ...pane, model: 'openai/gpt-oss-120b' }] });
  });

beforeEach(() => {
  usePlaygroundStore.setState(usePlaygroundStore.getInitialState(), true);
  usePlaygroundStore.setState({ submit: submitChat });
  submitChat.mockClear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a message submitted before the model list is ready', () => {
  it('is kept, says so, and is sent once when a model is chosen', async () => {
    renderFirstVisitComposer();
    expect(usePlaygroundStore.getState().panes[0]?.model).toBe('');
    expect(modelListStatus()).toBe('Getting the model list ready…');
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hello early');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(submitChat).not.toHaveBeenCalled();
    expect(modelListStatus()).toContain('Your message is kept and will be sent');
    expect(usePlaygroundStore.getState().draft).toBe('Hello early');

    chooseModel();
    expect(submitChat).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/model list/)).toBeNull();
    chooseModel();
    expect(submitChat).toHaveBeenCalledTimes(1);
  });

  it('Submit clicked meanwhile is kept too; emptying the message cancels it', async () => {
    renderFirstVisitComposer();
    const user = userEvent.setup();
    const message = screen.getByRole('textbox', { name: 'Message' });
    await user.type(message, 'Hi');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(modelListStatus()).toContain('will be sent');
    await user.clear(message);
    expect(modelListStatus()).toBe('Getting the model list ready…');
    chooseModel();
    expect(submitChat).not.toHaveBeenCalled();
  });
});
