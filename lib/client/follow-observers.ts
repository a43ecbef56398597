/**
 * The watchers behind useFollowStream, loaded with the first streaming answer (a first visit has
 * nothing to follow). Nothing is measured per token: an IntersectionObserver watches a sentinel at
 * the end, a ResizeObserver on the content scrolls (once per layout, not per token), and wheel /
 * touch / key / scrollbar events tell a user's scroll from ours.
 */
import type { RefObject } from 'react';

export interface FollowTargets {
  scroller: HTMLDivElement;
  content: HTMLDivElement;
  sentinel: HTMLDivElement;
  /** Whether the view follows the end (false once the user scrolled up). */
  following: RefObject<boolean>;
  streamingNow: RefObject<boolean>;
  setShowJump: (show: boolean) => void;
  toEnd: () => void;
}

const SCROLL_UP_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
}

/** Starts watching; returns what stops it. */
export function watchFollow({
  scroller,
  content,
  sentinel,
  following,
  streamingNow,
  setShowJump,
  toEnd,
}: FollowTargets): () => void {
  const stops: (() => void)[] = [];

  if (typeof IntersectionObserver !== 'undefined') {
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry?.isIntersecting) {
          following.current = true;
          setShowJump(false);
        } else if (!following.current) {
          setShowJump(true);
        }
      },
      { root: scroller, rootMargin: '0px 0px 48px 0px' },
    );
    observer.observe(sentinel);
    stops.push(() => observer.disconnect());
  }

  if (typeof ResizeObserver !== 'undefined') {
    const observer = new ResizeObserver(() => {
      if (following.current && streamingNow.current) toEnd();
    });
    observer.observe(content);
    stops.push(() => observer.disconnect());
  }

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
    if (event.target === scroller) stop();
  };
  scroller.addEventListener('wheel', onWheel, { passive: true });
  scroller.addEventListener('touchmove', stop, { passive: true });
  scroller.addEventListener('keydown', onKeyDown);
  scroller.addEventListener('pointerdown', onPointerDown);
  stops.push(() => {
    scroller.removeEventListener('wheel', onWheel);
    scroller.removeEventListener('touchmove', stop);
    scroller.removeEventListener('keydown', onKeyDown);
    scroller.removeEventListener('pointerdown', onPointerDown);
  });

  return () => {
    for (const s of stops) s();
  };
}
