'use client';

import { useEffect, useRef, useState } from 'react';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { PlaygroundState } from '@/lib/store/playground-types';
import { activePanes, selectPaneMessages, selectStreaming } from '@/lib/store/selectors';

const SAY = { done: 'answer complete', stopped: 'answer stopped', error: 'answer failed', streaming: '' };

/** How the latest answer of each pane ended, as one sentence ("Pane 2: answer stopped." in Compare). */
function endings(s: PlaygroundState): string {
  const panes = activePanes(s);
  return panes
    .map((pane) => {
      const answer = selectPaneMessages(s, pane).findLast((m) => m.answer)?.answer;
      if (!answer) return '';
      const said = SAY[answer.status];
      return panes.length > 1 ? `Pane ${pane + 1}: ${said}.` : `${said[0]?.toUpperCase()}${said.slice(1)}.`;
    })
    .filter(Boolean)
    .join(' ');
}

/**
 * Tells a screen reader when a run ends: the streamed text itself is not live (it would be read token
 * by token), and "Waiting for the first token…" is the only other announcement, so without this the
 * end of an answer — done, stopped or failed — goes unsaid.
 */
export function AnswerAnnouncer() {
  const streaming = usePlaygroundStore(selectStreaming);
  const ending = usePlaygroundStore((s) => (selectStreaming(s) ? '' : endings(s)));
  const was = useRef(streaming);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (streaming) setMessage('');
    else if (was.current) setMessage(ending);
    was.current = streaming;
  }, [streaming, ending]);
  return (
    <p role="status" className="sr-only" data-testid="answer-announcer">
      {message}
    </p>
  );
}
