'use client';

import { type RefObject, useEffect, useState } from 'react';

export interface SidewaysFit {
  /** Children shown (not `hidden`). */
  total: number;
  /** How many of them fit side by side in the element's width. */
  fits: number;
}

/**
 * How many of an element's shown children fit side by side in its width. Watches the element's size
 * and its children being added or removed; scrolling changes nothing (it counts what fits, wherever
 * the row is scrolled to).
 */
export function useSidewaysFit(ref: RefObject<HTMLElement | null>): SidewaysFit {
  const [fit, setFit] = useState<SidewaysFit>({ total: 0, fits: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const box = element.getBoundingClientRect();
      const visible = (Array.from(element.children) as HTMLElement[]).filter((c) => c.offsetParent !== null);
      const fits = visible.filter(
        (child) =>
          child.getBoundingClientRect().right - box.left + element.scrollLeft <= element.clientWidth + 1,
      ).length;
      setFit((old) =>
        old.total === visible.length && old.fits === fits ? old : { total: visible.length, fits },
      );
    };
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    const mutations = new MutationObserver(measure);
    mutations.observe(element, { childList: true });
    return () => {
      resize.disconnect();
      mutations.disconnect();
    };
  }, [ref]);
  return fit;
}
