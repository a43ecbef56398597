/**
 * `?model=` in the address: a chat model selects pane 1's model, a Whisper model opens Speech to
 * Text with it, a TTS model opens Text to Speech with it. Applied once, after saved state is back,
 * so switching modes later does not undo the user's own pick.
 */
import type { StateCreator } from 'zustand';
import { inferModel } from '../models/catalog';
import type { SharedSpeech } from '../share/speech-share';
import type { PlaygroundState } from './playground-types';

export interface ModelLinkSlice {
  /** Applies a linked model; answers which mode shows it (null: no model). */
  openModelLink: (model: string | null) => 'chat' | 'speech' | null;
  /** Fills Speech mode's options from a Speech share link (the audio and results stay as they are). */
  openSharedSpeech: (shared: SharedSpeech) => void;
}

export const createModelLinkSlice: StateCreator<PlaygroundState, [], [], ModelLinkSlice> = (set, get) => ({
  openSharedSpeech: (shared) =>
    set((s) => ({
      stt: { ...s.stt, ...shared.stt },
      tts: { ...s.tts, ...shared.tts, active: shared.workbench === 'tts', refusal: null },
    })),
  openModelLink: (model) => {
    if (!model) return null;
    const kind = inferModel(model, undefined).kind;
    if (kind === 'tts') {
      get().setTtsModel(model);
      get().setTtsActive(true);
      return 'speech';
    }
    if (kind === 'speech') {
      get().setSttModel(model);
      get().setTtsActive(false);
      return 'speech';
    }
    get().setModel(0, model);
    return 'chat';
  },
});
