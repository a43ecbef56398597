'use client';

import { useEffect, useState } from 'react';
import { ModelPicker } from '@/components/playground/model-picker';
import { SpeechWorkbench } from '@/components/speech/speech-workbench';
import { Tabs } from '@/components/ui/tabs';
import { isSpeechModelId } from '@/lib/speech/models';

type Mode = 'chat' | 'speech';

/** TEMPORARY stand-in for the playground header's Mode switch. */
export function SpeechPreview() {
  const [mode, setMode] = useState<Mode>('chat');
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const model = new URLSearchParams(window.location.search).get('model');
    if (model && isSpeechModelId(model)) setMode('speech');
    setReady(true);
  }, []);
  return (
    <div className="flex min-h-screen flex-col" data-ready={ready ? 'true' : 'false'}>
      <header className="flex items-center gap-3 border-b px-4 py-3">
        <h1>Groq Playground</h1>
        <Tabs label="Mode" tabs={[{ id: 'chat', label: 'Chat' }, { id: 'speech', label: 'Speech' }]} value={mode} onChange={setMode}>
          {null}
        </Tabs>
        {mode === 'chat' ? <ModelPicker /> : null}
      </header>
      {mode === 'speech' ? <SpeechWorkbench /> : <p>Chat goes here</p>}
    </div>
  );
}
