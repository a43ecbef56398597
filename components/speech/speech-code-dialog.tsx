'use client';

import { CodeDialogButton } from '@/components/ui/code-dialog';
import {
  generateSpeechCode,
  PLACEHOLDER_AUDIO_FILE,
  SPEECH_CODE_LANGUAGES,
  type SpeechCodeRequest,
} from '@/lib/codegen/speech';
import { requestFields } from '@/lib/speech/options';
import { speechFields } from '@/lib/speech/schema';
import { useSpeechStore } from '@/lib/store/speech-store';

/** The request Transcribe/Translate would send right now, for the code generators. */
export function currentSpeechCodeRequest(): SpeechCodeRequest {
  const state = useSpeechStore.getState();
  const fields = requestFields(state);
  return {
    task: fields.task,
    fileName: state.audio?.file.name ?? PLACEHOLDER_AUDIO_FILE,
    fields: speechFields(fields),
  };
}

/** "View code" for Speech: curl, Python and JavaScript for the current options and file. */
export function SpeechViewCodeButton() {
  return (
    <CodeDialogButton
      getRequest={currentSpeechCodeRequest}
      languages={SPEECH_CODE_LANGUAGES}
      generate={generateSpeechCode}
    />
  );
}
