/**
 * Speech to Text: the options (saved with the playground), the audio to send (kept in memory only)
 * and the last transcription or translation, a Run of kind `stt`. One run at a time; Stop aborts the
 * upload and the upstream call. The code that sends loads with the first Transcribe.
 */
import type { StateCreator } from 'zustand';
import type { PlaygroundErrorBody } from '../errors';
import { type AudioFileFacts, checkAudioFile } from '../stt/audio-file';
import { DEFAULT_STT_OPTIONS, type SttOptions, sttRequestInput } from '../stt/options';
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
const facts = (file: File): AudioFileFacts => ({ name: file.name, size: file.size, type: file.type });
const loadSttCode = () =>
  Promise.all([import('../stt/client'), import('../stt/schema')]).then(([client, schema]) => ({
    ...client,
    ...schema,
  }));

export const createSttSlice: StateCreator<PlaygroundState, [], [], SttSlice> = (set, get) => {
  const patchStt = (patch: Partial<SttState>) => set((s) => ({ stt: { ...s.stt, ...patch } }));
  /** Fills in the run under `abortId`; a newer run (or none) is left alone. */
  const finish = (abortId: string, status: SttRun['status'], result: SttResult, elapsedMs?: number) =>
    get().patchRun(STT_RUN_ID, (run) =>
      run.kind === 'stt' && run.abortId === abortId
        ? { ...run, status, result, stats: { elapsedMs }, finishedAt: Date.now() }
        : run,
    );
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
      const { stt } = get();
      if (!stt.audio || selectSttRun(get())?.status === 'running') return;
      const code = await loadSttCode();
      const audio = get().stt.audio;
      if (!audio || selectSttRun(get())?.status === 'running') return;
      const input = sttRequestInput(get().stt, audio.file);
      const parsed = code.parseSttRequest(input);
      const sent: SentSttRequest = {
        endpoint: code.sttApiPath(input.task),
        file: facts(audio.file),
        fields: parsed.ok ? code.sttFields(parsed.data) : {},
      };
      handles += 1;
      const abortId = `stt-${handles}`;
      const run: SttRun = {
        id: STT_RUN_ID,
        kind: 'stt',
        scope: 'stt',
        status: parsed.ok ? 'running' : 'error',
        input: sent,
        result: parsed.ok ? {} : { error: parsed.error.body },
        stats: {},
        abortId,
        startedAt: Date.now(),
      };
      const signal = get().beginRuns([run], { replaces: isStt });
      if (!parsed.ok) {
        get().releaseHandle(abortId);
        return;
      }
      const outcome = await code.sendStt(parsed.data, signal);
      get().releaseHandle(abortId);
      if (outcome.ok) finish(abortId, 'done', { response: outcome.response }, outcome.elapsedMs);
      else if ('aborted' in outcome) finish(abortId, 'stopped', {}, outcome.elapsedMs);
      else finish(abortId, 'error', { error: outcome.error }, outcome.elapsedMs);
    },
    stopStt: () => get().abortRuns(isStt),
    clearSttResult: () => get().dropRuns(isStt),
  };
};
