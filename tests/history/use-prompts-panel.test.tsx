// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PromptsPanel } from '@/components/history/prompts-panel';
import { usePromptsPanel } from '@/components/history/use-prompts-panel';
import { closeDatabase, configureDatabase } from '@/lib/history/db';
import type { PromptContent } from '@/lib/history/prompt-schema';
import { savePrompt } from '@/lib/history/prompts';
import type { ShareState } from '@/lib/share/share-schema';
import { settingsFor } from './fixtures';

let n = 0;
beforeEach(() => {
  n += 1;
  configureDatabase({ name: `prompts-panel-${n}` });
});
afterEach(() => {
  cleanup();
  closeDatabase();
});

function content(system: string, model = 'llama-3.3-70b-versatile'): PromptContent {
  const { v: _v, model: _m, compare: _c, variables: _vars, ...settings } = settingsFor();
  return { system, messageTemplate: 'Plan a trip to {{city}}.', model, settings } as PromptContent;
}

type Props = {
  onOpenVersion: (c: PromptContent, name: string, version: number) => void;
  onShareState: (s: ShareState) => void;
  download: (name: string, text: string) => void;
};

function Harness(props: Props) {
  const panel = usePromptsPanel({ open: true, ...props });
  return <PromptsPanel open onClose={() => {}} {...panel} />;
}

async function setup() {
  await savePrompt('Travel guide', content('First system text'), 1);
  await savePrompt('Travel guide', content('Second system text', 'openai/gpt-oss-120b'), 2);
  const props = { onOpenVersion: vi.fn(), onShareState: vi.fn(), download: vi.fn() };
  render(<Harness {...props} />);
  await screen.findByRole('list', { name: 'Versions of Travel guide' });
  return { user: userEvent.setup(), ...props };
}

describe('Prompts panel on IndexedDB', () => {
  it('version 1 opens with the first System text; the diff line says what version 2 changed', async () => {
    const { user, onOpenVersion } = await setup();
    const v2 = screen.getByRole('listitem', { name: 'version 2' });
    expect(v2.textContent).toMatch(
      /System: \+1 word −1 word; Model: llama-3\.3-70b-versatile → openai\/gpt-oss-120b/,
    );
    await user.click(
      within(screen.getByRole('listitem', { name: 'version 1' })).getByRole('button', { name: 'Open' }),
    );
    await waitFor(() => expect(onOpenVersion).toHaveBeenCalledTimes(1));
    expect(onOpenVersion.mock.calls[0]?.[0]).toMatchObject({ system: 'First system text' });
    expect(onOpenVersion.mock.calls[0]?.slice(1)).toEqual(['Travel guide', 1]);
  });

  it('shares one version as a share state and exports the prompt', async () => {
    const { user, onShareState, download } = await setup();
    await user.click(
      within(screen.getByRole('listitem', { name: 'version 2' })).getByRole('button', { name: 'Share link' }),
    );
    await waitFor(() => expect(onShareState).toHaveBeenCalledTimes(1));
    expect(onShareState.mock.calls[0]?.[0]).toMatchObject({
      v: 6,
      system: 'Second system text',
      model: 'openai/gpt-oss-120b',
    });
    const entry = screen.getByRole('listitem', { name: 'Travel guide' });
    await user.click(within(entry).getAllByRole('button', { name: 'Export' })[0]!);
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(download.mock.calls[0]?.[0]).toBe('prompt-travel-guide.json');
    expect(JSON.parse(download.mock.calls[0]?.[1] as string).prompts).toHaveLength(2);
  });

  it('deletes a prompt and shows the empty state', async () => {
    const { user } = await setup();
    await user.click(
      within(screen.getByRole('listitem', { name: 'Travel guide' })).getByRole('button', { name: 'Delete' }),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Delete Travel guide?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect((await screen.findByRole('status')).textContent).toMatch(/^No saved prompts yet/);
  });
});
