'use client';

import { useMemo, useState } from 'react';
import { VIEW_CODE_NOTE } from '@/components/playground/view-code-dialog';
import { CopyButton } from '@/components/ui/copy-button';
import { Dialog } from '@/components/ui/dialog';
import { Tabs } from '@/components/ui/tabs';
import {
  generateSpeechCode,
  PLACEHOLDER_AUDIO_FILE,
  SPEECH_CODE_LANGUAGES,
  type SpeechCodeLanguage,
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
  const [request, setRequest] = useState<SpeechCodeRequest | null>(null);
  const [language, setLanguage] = useState<SpeechCodeLanguage>('curl');
  const code = useMemo(() => (request ? generateSpeechCode(request, language) : ''), [request, language]);

  return (
    <>
      <button
        type="button"
        onClick={() => setRequest(currentSpeechCodeRequest())}
        className="rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-medium hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
      >
        View code
      </button>
      <Dialog open={request !== null} onClose={() => setRequest(null)} title="View code">
        <Tabs label="Language" tabs={SPEECH_CODE_LANGUAGES} value={language} onChange={setLanguage}>
          <div className="flex flex-col gap-2">
            <div className="flex items-center gap-3">
              <p className="text-xs text-neutral-500 dark:text-neutral-400">{VIEW_CODE_NOTE}</p>
              <CopyButton text={code} label="Copy code" className="ml-auto shrink-0" />
            </div>
            <pre
              // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be keyboard-reachable
              tabIndex={0}
              className="max-h-[60vh] overflow-auto rounded-md bg-neutral-100 p-3 font-mono text-xs leading-relaxed dark:bg-neutral-950"
            >
              <code>{code}</code>
            </pre>
          </div>
        </Tabs>
      </Dialog>
    </>
  );
}
