'use client';

import { CodeDialogButton } from '@/components/ui/code-dialog';
import {
  generateSttCode,
  PLACEHOLDER_AUDIO_FILE,
  SPEECH_CODE_LANGUAGES,
  type SttCodeRequest,
} from '@/lib/codegen/stt';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { SttState } from '@/lib/store/stt-slice';
import { requestFields } from '@/lib/stt/options';
import { sttFields } from '@/lib/stt/schema';

/** The request Transcribe/Translate would send with these options and audio, for the code generators. */
export function sttCodeRequest(state: SttState): SttCodeRequest {
  const fields = requestFields(state);
  return {
    task: fields.task,
    fileName: state.audio?.file.name ?? PLACEHOLDER_AUDIO_FILE,
    fields: sttFields(fields),
  };
}

/** "View code" for Speech: curl, Python and JavaScript for the current options and file. */
export function SttViewCodeButton() {
  const stt = usePlaygroundStore((s) => s.stt);
  return (
    <CodeDialogButton
      getRequest={() => sttCodeRequest(stt)}
      languages={SPEECH_CODE_LANGUAGES}
      generate={generateSttCode}
    />
  );
}
