'use client';

import { CodeDialogButton } from '@/components/ui/code-dialog';
import { generateTtsCode, TTS_CODE_LANGUAGES, type TtsCodeRequest } from '@/lib/codegen/tts';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { TtsState } from '@/lib/store/tts-slice';
import { planTtsRequests, ttsFileName, ttsRequestFor } from '@/lib/tts/options';

const SAMPLE_TEXT = 'Welcome to Groq text to speech.';

/** The requests Generate would send with these options (a sample sentence while the text is empty). */
export function ttsCodeRequest(state: TtsState): TtsCodeRequest {
  const plan = planTtsRequests(state);
  const requests = plan.ok ? plan.requests : [ttsRequestFor(state, state.text.trim() || SAMPLE_TEXT)];
  return { requests, fileName: ttsFileName(state.text.trim() || SAMPLE_TEXT) };
}

export function TtsViewCodeButton() {
  const tts = usePlaygroundStore((s) => s.tts);
  return (
    <CodeDialogButton
      getRequest={() => ttsCodeRequest(tts)}
      languages={TTS_CODE_LANGUAGES}
      generate={generateTtsCode}
    />
  );
}
