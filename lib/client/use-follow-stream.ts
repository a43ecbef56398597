'use client';

import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

export interface FollowStream {
  scroller: RefObject<HTMLDivElement | null>;
  content: RefObject<HTMLDivElement | null>;
  sentinel: RefObject<HTMLDivElement | null>;
  /** The end is out of view and not being followed: offer "Jump to latest". */
  showJump: boolean;
  jumpToLatest: () => void;
}

/** The watchers, with the first answer that streams (ahead of it when the composer preloads them). */
export const loadFollowObservers = () => import('./follow-observers');

/**
 * Keeps a scrolling column at its end while it grows (a streaming answer), until the user scrolls
 * up; scrolling back to the end, or `jumpToLatest`, follows again. The watchers that tell a user's
 * scroll from ours (follow-observers.ts) start with the first stream and then stay.
 */
export function useFollowStream(streaming: boolean): FollowStream {
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  // Only a streaming answer is followed: typing in an earlier turn must not pull the view down.
  const streamingNow = useRef(streaming);
  streamingNow.current = streaming;
  const [showJump, setShowJump] = useState(false);
  const [watching, setWatching] = useState(streaming);

  const toEnd = useCallback(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, []);

  useEffect(() => {
    if (!watching) return;
    let stop: (() => void) | undefined;
    let live = true;
    loadFollowObservers().then(
      ({ watchFollow }) => {
        const [root, inner, end] = [scroller.current, content.current, sentinel.current];
        if (!live || !root || !inner || !end) return;
        stop = watchFollow({
          scroller: root,
          content: inner,
          sentinel: end,
          following,
          streamingNow,
          setShowJump,
          toEnd,
        });
        // What streamed while the watchers loaded is followed too.
        if (following.current && streamingNow.current) toEnd();
      },
      () => undefined,
    ); // offline: the column simply does not follow; the answer still shows
    return () => {
      live = false;
      stop?.();
    };
  }, [watching, toEnd]);

  // A new answer starts: follow it. When it ends, its statistics come into view too. The scroll
  // waits for the next frame: reading scrollHeight here would force a layout inside Submit's own
  // task (once per pane in Compare), which the frame lays out anyway.
  const wasStreaming = useRef(false);
  useEffect(() => {
    let frame = 0;
    if (streaming) {
      setWatching(true);
      following.current = true;
      setShowJump(false);
      frame = requestAnimationFrame(toEnd);
    } else if (wasStreaming.current && following.current) {
      frame = requestAnimationFrame(toEnd);
    }
    wasStreaming.current = streaming;
    return () => cancelAnimationFrame(frame);
  }, [streaming, toEnd]);

  const jumpToLatest = useCallback(() => {
    following.current = true;
    setShowJump(false);
    toEnd();
  }, [toEnd]);

  return { scroller, content, sentinel, showJump, jumpToLatest };
}
