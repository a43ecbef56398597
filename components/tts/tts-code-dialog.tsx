'use client';

import { CodeDialogButton } from '@/components/ui/code-dialog';
import { generateTtsCode, TTS_CODE_LANGUAGES, type TtsCodeRequest } from '@/lib/codegen/tts';
import { useTtsStore } from '@/lib/store/tts-store';
import { planTtsRequests, ttsFileName, ttsRequestFor } from '@/lib/tts/options';

const SAMPLE_TEXT = 'Welcome to Groq text to speech.';

/** The requests Generate would send right now (a sample sentence while the text is empty). */
export function currentTtsCodeRequest(): TtsCodeRequest {
  const state = useTtsStore.getState();
  const plan = planTtsRequests(state);
  const requests = plan.ok ? plan.requests : [ttsRequestFor(state, state.text.trim() || SAMPLE_TEXT)];
  return { requests, fileName: ttsFileName(state.text.trim() || SAMPLE_TEXT) };
}

export function TtsViewCodeButton() {
  return (
    <CodeDialogButton
      getRequest={currentTtsCodeRequest}
      languages={TTS_CODE_LANGUAGES}
      generate={generateTtsCode}
    />
  );
}
