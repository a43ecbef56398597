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

const SCROLL_UP_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
}

/**
 * Keeps a scrolling column at its end while it grows (a streaming answer), until the user scrolls
 * up; scrolling back to the end, or `jumpToLatest`, follows again. Nothing is measured per token:
 * an IntersectionObserver watches a sentinel at the end, a ResizeObserver on the content scrolls
 * (once per layout, not per token), and wheel / touch / key / scrollbar events tell a user's scroll
 * from ours.
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

  const toEnd = useCallback(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, []);

  useEffect(() => {
    const root = scroller.current;
    const target = sentinel.current;
    if (!root || !target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry?.isIntersecting) {
          following.current = true;
          setShowJump(false);
        } else if (!following.current) {
          setShowJump(true);
        }
      },
      { root, rootMargin: '0px 0px 48px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = content.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (following.current && streamingNow.current) toEnd();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [toEnd]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const stop = () => {
      following.current = false;
    };
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY < 0) stop();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (SCROLL_UP_KEYS.has(event.key) && !isTextField(event.target)) stop();
    };
    // A press on the scroller itself (not its content) is its scrollbar.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target === element) stop();
    };
    element.addEventListener('wheel', onWheel, { passive: true });
    element.addEventListener('touchmove', stop, { passive: true });
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('pointerdown', onPointerDown);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('touchmove', stop);
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('pointerdown', onPointerDown);
    };
  }, []);

  // A new answer starts: follow it. When it ends, its statistics come into view too.
  const wasStreaming = useRef(false);
  useEffect(() => {
    if (streaming) {
      following.current = true;
      setShowJump(false);
      toEnd();
    } else if (wasStreaming.current && following.current) {
      toEnd();
    }
    wasStreaming.current = streaming;
  }, [streaming, toEnd]);

  const jumpToLatest = useCallback(() => {
    following.current = true;
    setShowJump(false);
    toEnd();
  }, [toEnd]);

  return { scroller, content, sentinel, showJump, jumpToLatest };
}
