/**
 * Transcribe / Translate: check the request with the shared schema, send it, keep the answer as the
 * one `stt` Run. Loaded with the first Transcribe (the STT slice imports this module then).
 */
import { sendStt, sttApiPath } from '../stt/client';
import { sttRequestInput } from '../stt/options';
import { parseSttRequest, sttFields } from '../stt/schema';
import type { PlaygroundState } from './playground-types';
import type { Run, SttRun } from './run';
import { facts, type SentSttRequest, STT_RUN_ID, type SttResult, selectSttRun } from './stt-slice';

const isStt = (run: Run) => run.kind === 'stt';

/** One transcription under the abort handle `abortId`; a newer run (or none) is left alone. */
export async function submitStt(get: () => PlaygroundState, abortId: string): Promise<void> {
  const finish = (status: SttRun['status'], result: SttResult, elapsedMs?: number) =>
    get().patchRun(STT_RUN_ID, (run) =>
      run.kind === 'stt' && run.abortId === abortId
        ? { ...run, status, result, stats: { elapsedMs }, finishedAt: Date.now() }
        : run,
    );
  const audio = get().stt.audio;
  if (!audio || selectSttRun(get())?.status === 'running') return;
  const input = sttRequestInput(get().stt, audio.file);
  const parsed = parseSttRequest(input);
  const sent: SentSttRequest = {
    endpoint: sttApiPath(input.task),
    file: facts(audio.file),
    fields: parsed.ok ? sttFields(parsed.data) : {},
  };
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
  const outcome = await sendStt(parsed.data, signal);
  get().releaseHandle(abortId);
  if (outcome.ok) finish('done', { response: outcome.response }, outcome.elapsedMs);
  else if ('aborted' in outcome) finish('stopped', {}, outcome.elapsedMs);
  else finish('error', { error: outcome.error }, outcome.elapsedMs);
}
