'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { LinkProblem } from '@/components/ui/link-problem';
import { Toast } from '@/components/ui/toast';
import { speechSharePayload } from '@/lib/share/speech-payload';
import type { SharedSpeech } from '@/lib/share/speech-share';
import { usePlaygroundStore } from '@/lib/store/playground-store';

/** Text the user typed in Speech mode that a link would replace with something else. */
function replacesWork(text: string, prompt: string, shared: SharedSpeech): boolean {
  return (
    (text.trim() !== '' && text !== shared.tts.text) || (prompt.trim() !== '' && prompt !== shared.stt.prompt)
  );
}

/**
 * Opens a Speech mode link (`#speech=…`, made by More → Share in Speech mode) once saved state is
 * back: fills Speech to Text's and Text to Speech's options, shows the workbench the link was made
 * in, and sends nothing. Asks first when it would replace typed text; a bad link changes nothing.
 * Loaded by SpeechLinkOpener when the URL carries such a link.
 */
export function SpeechLinkDialogs({ ready, onOpen }: { ready: boolean; onOpen: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<SharedSpeech | null>(null);
  const [opened, setOpened] = useState(false);
  const openSharedSpeech = usePlaygroundStore((s) => s.openSharedSpeech);
  const text = usePlaygroundStore((s) => s.tts.text);
  const prompt = usePlaygroundStore((s) => s.stt.prompt);
  // Read when a link arrives (the hashchange listener outlives renders).
  const work = useRef({ text, prompt });
  work.current = { text, prompt };

  const apply = (shared: SharedSpeech) => {
    openSharedSpeech(shared);
    onOpen();
    setOpened(true);
  };
  const applyRef = useRef(apply);
  applyRef.current = apply;

  useEffect(() => {
    if (!ready) return;
    const open = async () => {
      const payload = speechSharePayload(window.location.hash);
      if (payload === null) return;
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      const { decodeSpeechShare } = await import('@/lib/share/speech-share');
      const result = decodeSpeechShare(payload);
      if (!result.ok) {
        setProblem(result.message);
        return;
      }
      setProblem(null);
      if (replacesWork(work.current.text, work.current.prompt, result.state)) setPending(result.state);
      else applyRef.current(result.state);
    };
    void open();
    const onHash = () => void open();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [ready]);

  return (
    <>
      {problem ? (
        <LinkProblem onDismiss={() => setProblem(null)}>
          {problem} Speech mode was left as it was.
        </LinkProblem>
      ) : null}
      {opened ? (
        <Toast onDismiss={() => setOpened(false)} timeoutMs={8000}>
          Shared speech settings opened. Nothing has been sent.
        </Toast>
      ) : null}
      {pending ? (
        <Dialog open onClose={() => setPending(null)} title="Open shared speech settings?">
          <p className="text-sm">Opening this link replaces the text and prompt you typed in Speech mode.</p>
          <div className="mt-4 flex justify-end gap-2">
            <Button onClick={() => setPending(null)}>Keep my work</Button>
            <Button
              variant="primary"
              onClick={() => {
                apply(pending);
                setPending(null);
              }}
            >
              Replace with shared settings
            </Button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
