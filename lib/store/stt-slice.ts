/**
 * Speech to Text: the options (saved with the playground), the audio to send (kept in memory only)
 * and the last transcription or translation, a Run of kind `stt`. One run at a time; Stop aborts the
 * upload and the upstream call. The code that sends loads with the first Transcribe.
 */
import type { StateCreator } from 'zustand';
import type { PlaygroundErrorBody } from '../errors';
import { type AudioFileFacts, checkAudioFile } from '../stt/audio-file';
import { DEFAULT_STT_OPTIONS, type SttOptions } from '../stt/defaults';
import type { SttResponse } from '../stt/response';
import type { PlaygroundState } from './playground-types';
import type { Run, SttRun } from './run';

export interface SttAudio {
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
export interface SentSttRequest {
  endpoint: string;
  file: AudioFileFacts;
  fields: Record<string, string | number>;
}

export interface SttResult {
  response?: SttResponse;
  error?: PlaygroundErrorBody;
}

export interface SttState extends SttOptions {
  audio: SttAudio | null;
  refusal: AudioRefusalNotice | null;
}

export interface SttSlice {
  stt: SttState;
  setSttOption: <K extends keyof SttOptions>(key: K, value: SttOptions[K]) => void;
  setSttModel: (model: string) => void;
  /** Checks the file like the server would; a refused file is reported and not kept. */
  setSttAudio: (file: File, source: SttAudio['source'], durationSeconds?: number | null) => boolean;
  /** Reports a file refused before it was kept (the sniffed bytes are not audio). */
  refuseSttAudio: (notice: AudioRefusalNotice) => void;
  setSttAudioDuration: (seconds: number) => void;
  clearSttAudio: () => void;
  submitStt: () => Promise<void>;
  stopStt: () => void;
  clearSttResult: () => void;
}

export const INITIAL_STT: SttState = { ...DEFAULT_STT_OPTIONS, audio: null, refusal: null };

/** The one Speech to Text run's id: a new one replaces it. */
export const STT_RUN_ID = 'stt';

export const selectSttRun = (s: Pick<PlaygroundState, 'runs'>): SttRun | undefined => {
  const run = s.runs[STT_RUN_ID];
  return run?.kind === 'stt' ? run : undefined;
};

const isStt = (run: Run) => run.kind === 'stt';
export const facts = (file: File): AudioFileFacts => ({ name: file.name, size: file.size, type: file.type });
/** Transcribe's code (the schema, the client) loads with the first Transcribe, not on a first visit. */
const loadSttActions = () => import('./stt-actions');

export const createSttSlice: StateCreator<PlaygroundState, [], [], SttSlice> = (set, get) => {
  const patchStt = (patch: Partial<SttState>) => set((s) => ({ stt: { ...s.stt, ...patch } }));
  let handles = 0;
  return {
    stt: INITIAL_STT,
    setSttOption: (key, value) => patchStt({ [key]: value }),
    setSttModel: (model) => patchStt({ model }),
    setSttAudio: (file, source, durationSeconds = null) => {
      const refusal = checkAudioFile(facts(file));
      if (refusal) {
        patchStt({ refusal: { file: facts(file), status: refusal.status, message: refusal.message } });
        return false;
      }
      const previous = get().stt.audio;
      if (previous) URL.revokeObjectURL(previous.url);
      // A result (and its segments) belongs to the audio it came from.
      get().dropRuns(isStt);
      patchStt({ audio: { file, url: URL.createObjectURL(file), source, durationSeconds }, refusal: null });
      return true;
    },
    refuseSttAudio: (refusal) => patchStt({ refusal }),
    setSttAudioDuration: (seconds) => {
      const audio = get().stt.audio;
      if (audio && Number.isFinite(seconds) && seconds > 0)
        patchStt({ audio: { ...audio, durationSeconds: seconds } });
    },
    clearSttAudio: () => {
      const audio = get().stt.audio;
      if (audio) URL.revokeObjectURL(audio.url);
      patchStt({ audio: null, refusal: null });
    },
    submitStt: async () => {
      if (!get().stt.audio || selectSttRun(get())?.status === 'running') return;
      const { submitStt } = await loadSttActions();
      handles += 1;
      await submitStt(get, `stt-${handles}`);
    },
    stopStt: () => get().abortRuns(isStt),
    clearSttResult: () => get().dropRuns(isStt),
  };
};
