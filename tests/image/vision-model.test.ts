// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { pickVisionModel } from '@/lib/image/vision-model';
import { findCatalogModel } from '@/lib/models/catalog';
import { type LiveModel, mergeLiveModel } from '@/lib/models/model-info';
import { rulesModel } from '@/lib/rules/model';
import { usePlaygroundStore } from '@/lib/store/playground-store';

const live = (id: string, inCatalog = true, extra: Partial<LiveModel> = {}) =>
  mergeLiveModel({ id, owned_by: 'Meta', active: true, context_window: 8192, ...extra }, inCatalog);

describe('rulesModel for the vision checks', () => {
  it('uses the live entry for a catalog model and the catalog while the list loads', () => {
    const preview = 'llama-3.2-11b-vision-preview';
    expect(rulesModel(preview, live(preview)).vision).toEqual({
      maxImages: 1,
      systemPromptWithImages: false,
    });
    expect(rulesModel('llama-3.1-8b-instant')).toMatchObject({
      known: true,
      capabilities: findCatalogModel('llama-3.1-8b-instant')?.capabilities,
    });
  });

  it('leaves a model only the live list knows unchecked', () => {
    expect(rulesModel('brand-new-vision', live('brand-new-vision', false))).toMatchObject({ known: false });
    expect(rulesModel('brand-new-vision').vision).toBeUndefined();
  });
});

describe('pickVisionModel', () => {
  it('prefers Qwen3.8 before the list loads, then the first preferred vision model the list has', () => {
    expect(pickVisionModel(undefined)).toBe('qwen/qwen3.8-27b');
    expect(pickVisionModel([live('openai/gpt-oss-120b'), live('qwen/qwen3.8-27b')])).toBe('qwen/qwen3.8-27b');
    expect(
      pickVisionModel([
        live('llama-3.1-8b-instant'),
        live('llama-3.2-90b-vision-preview'),
        live('llama-3.2-11b-vision-preview'),
      ]),
    ).toBe('llama-3.2-11b-vision-preview');
  });

  it("otherwise takes the live list's first active vision model", () => {
    expect(
      pickVisionModel([
        live('llama-3.1-8b-instant'),
        live('llama-3.2-11b-vision-preview', true, { active: false }),
        live('llama-3.2-90b-vision-preview'),
      ]),
    ).toBe('llama-3.2-90b-vision-preview');
  });
});

describe('Move system prompt into message', () => {
  beforeEach(() => {
    usePlaygroundStore.setState(usePlaygroundStore.getInitialState(), true);
    usePlaygroundStore.getState().setSystem('You are terse.');
  });

  it('prepends the system prompt to the draft and clears the System field', () => {
    usePlaygroundStore.setState({ draft: 'What is this?', draftImages: ['https://example.com/a.png'] });
    usePlaygroundStore.getState().moveSystemIntoImageTurn();
    expect(usePlaygroundStore.getState().draft).toBe('You are terse.\n\nWhat is this?');
    expect(usePlaygroundStore.getState().system).toBe('');
  });

  it('uses the system prompt alone when the draft is empty', () => {
    usePlaygroundStore.getState().moveSystemIntoImageTurn();
    expect(usePlaygroundStore.getState().draft).toBe('You are terse.');
  });

  it('prepends to the earlier user turn that carries the image', () => {
    const { addMessage } = usePlaygroundStore.getState();
    addMessage('user', 'Hello');
    const id = addMessage('user', 'Describe it', ['https://example.com/a.png']);
    usePlaygroundStore.setState({ draft: 'More detail' });
    usePlaygroundStore.getState().moveSystemIntoImageTurn();
    const state = usePlaygroundStore.getState();
    expect(state.messages.find((m) => m.id === id)?.content).toBe('You are terse.\n\nDescribe it');
    expect(state.messages[0]?.content).toBe('Hello');
    expect(state.draft).toBe('More detail');
    expect(usePlaygroundStore.getState().system).toBe('');
  });
});
