/**
 * Speech mode: the options (saved like the chat settings), the audio to send (kept in memory only) and
 * the last request with its result. One run at a time; Stop aborts the upload and the upstream call.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PlaygroundErrorBody } from '../errors';
import { sendSpeech, speechApiPath } from '../speech/client';
import { isSpeechModelId } from '../speech/models';
import { DEFAULT_SPEECH_OPTIONS, type SpeechOptions, speechRequestInput } from '../speech/options';
import type { SpeechResponse } from '../speech/response';
import { type AudioFileFacts, checkAudioFile, parseSpeechRequest, speechFields } from '../speech/schema';
import { safeJSONStorage } from './safe-storage';

export interface SpeechAudio {
  file: File;
  /** An object URL for the `<audio>` player; revoked when the audio is replaced or removed. */
  url: string;
  source: 'upload' | 'recording';
  /** From the player's metadata (or the recorder's clock); null until known. */
  durationSeconds: number | null;
}

/** A file refused in the browser, with the reason (413 for size, 400 otherwise). */
export interface AudioRefusalNotice {
  file: AudioFileFacts;
  status: 400 | 413;
  message: string;
}

/** What Inspect shows as the request: the endpoint, the file's facts and the form fields. */
export interface SentSpeechRequest {
  endpoint: string;
  file: AudioFileFacts;
  fields: Record<string, string | number>;
}

export interface SpeechRun {
  status: 'running' | 'done' | 'error' | 'stopped';
  sent: SentSpeechRequest;
  response?: SpeechResponse;
  error?: PlaygroundErrorBody;
  /** Upload + server + Groq, measured in the browser. */
  elapsedMs?: number;
}

export interface SpeechState extends SpeechOptions {
  audio: SpeechAudio | null;
  refusal: AudioRefusalNotice | null;
  run: SpeechRun | null;
  setOption: <K extends keyof SpeechOptions>(key: K, value: SpeechOptions[K]) => void;
  setModel: (model: string) => void;
  /** Checks the file like the server would; a refused file is reported and not kept. */
  setAudio: (file: File, source: SpeechAudio['source'], durationSeconds?: number | null) => boolean;
  setAudioDuration: (seconds: number) => void;
  clearAudio: () => void;
  submit: () => Promise<void>;
  stop: () => void;
  clearResult: () => void;
}

let controller: AbortController | null = null;

const facts = (file: File): AudioFileFacts => ({ name: file.name, size: file.size, type: file.type });

export const useSpeechStore = create<SpeechState>()(
  persist(
    (set, get) => ({
      ...DEFAULT_SPEECH_OPTIONS,
      audio: null,
      refusal: null,
      run: null,
      setOption: (key, value) => set({ [key]: value } as Partial<SpeechState>),
      setModel: (model) => set({ model }),
      setAudio: (file, source, durationSeconds = null) => {
        const refusal = checkAudioFile(facts(file));
        if (refusal) {
          set({ refusal: { file: facts(file), status: refusal.status, message: refusal.message } });
          return false;
        }
        const previous = get().audio;
        if (previous) URL.revokeObjectURL(previous.url);
        // A result (and its segments) belongs to the audio it came from.
        controller?.abort();
        controller = null;
        set({
          audio: { file, url: URL.createObjectURL(file), source, durationSeconds },
          refusal: null,
          run: null,
        });
        return true;
      },
      setAudioDuration: (seconds) => {
        const audio = get().audio;
        if (audio && Number.isFinite(seconds) && seconds > 0)
          set({ audio: { ...audio, durationSeconds: seconds } });
      },
      clearAudio: () => {
        const audio = get().audio;
        if (audio) URL.revokeObjectURL(audio.url);
        set({ audio: null, refusal: null });
      },
      submit: async () => {
        const state = get();
        if (!state.audio || state.run?.status === 'running') return;
        const input = speechRequestInput(state, state.audio.file);
        const parsed = parseSpeechRequest(input);
        const sent: SentSpeechRequest = {
          endpoint: speechApiPath(input.task),
          file: facts(state.audio.file),
          fields: parsed.ok ? speechFields(parsed.data) : {},
        };
        if (!parsed.ok) {
          set({ run: { status: 'error', sent, error: parsed.error.body } });
          return;
        }
        controller?.abort();
        const own = new AbortController();
        controller = own;
        set({ run: { status: 'running', sent } });
        const outcome = await sendSpeech(parsed.data, own.signal);
        if (controller !== own) return; // superseded by a newer run
        controller = null;
        if (outcome.ok) {
          set({ run: { status: 'done', sent, response: outcome.response, elapsedMs: outcome.elapsedMs } });
        } else if ('aborted' in outcome) {
          set({ run: { status: 'stopped', sent, elapsedMs: outcome.elapsedMs } });
        } else {
          set({ run: { status: 'error', sent, error: outcome.error, elapsedMs: outcome.elapsedMs } });
        }
      },
      stop: () => {
        controller?.abort();
      },
      clearResult: () => {
        controller?.abort();
        controller = null;
        set({ run: null });
      },
    }),
    {
      name: 'groq-playground:speech',
      version: 1,
      storage: safeJSONStorage(),
      // Rehydrated by the Speech workbench after mount, so server and first client render agree.
      skipHydration: true,
      partialize: (state): SpeechOptions => ({
        model: state.model,
        task: state.task,
        language: state.language,
        prompt: state.prompt,
        responseFormat: state.responseFormat,
        temperature: state.temperature,
      }),
    },
  ),
);

let urlModelApplied = false;

/**
 * Restores the saved options once, then applies a speech model from `?model=` (once per page load,
 * so switching modes later does not undo the user's own pick).
 */
export async function rehydrateSpeechStore(search = window.location.search): Promise<void> {
  if (!useSpeechStore.persist.hasHydrated()) await useSpeechStore.persist.rehydrate();
  if (urlModelApplied) return;
  urlModelApplied = true;
  const model = new URLSearchParams(search).get('model');
  if (model && isSpeechModelId(model)) useSpeechStore.getState().setModel(model);
}
