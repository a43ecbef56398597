'use client';

import { type ButtonHTMLAttributes, type KeyboardEvent, type Ref, useRef } from 'react';

/**
 * The tablist keyboard of WAI-ARIA tabs with automatic activation: ArrowLeft / ArrowRight (wrapping),
 * Home and End move focus and select. Give `tabRef(id)` to each tab and `onKeyDown` to the tablist;
 * give the selected tab tabIndex 0 and the others -1 (a roving tabindex).
 */
export function useTabKeys<T>(ids: readonly T[], selected: T | undefined, onChange: (id: T) => void) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const index = ids.indexOf(selected as T);
    const last = ids.length - 1;
    const targets: Record<string, number> = {
      ArrowRight: index >= last ? 0 : index + 1,
      ArrowLeft: index <= 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const position = targets[event.key];
    if (position === undefined || last < 0) return;
    const target = ids[position] as T;
    event.preventDefault();
    buttons.current.get(target)?.focus();
    if (target !== selected) onChange(target);
  };
  const tabRef = (id: T) => (node: HTMLButtonElement | null) => {
    if (node) buttons.current.set(id, node);
    else buttons.current.delete(id);
  };
  return { onKeyDown, tabRef };
}

const tabLooks = {
  underline: {
    base: '-mb-px border-b-2 px-3 py-1.5',
    on: 'border-groq-strong text-fg dark:border-groq',
    off: 'border-transparent text-muted hover:text-neutral-800 dark:hover:text-neutral-200',
  },
  segment: {
    base: 'rounded px-2 py-1 sm:px-3',
    on: 'bg-groq-strong text-white',
    off: 'text-neutral-600 hover:bg-subtle dark:text-neutral-300',
  },
};

/**
 * One tab of a tablist. Not a `Button`: a tab is a different widget (role, aria-selected, a roving
 * tabindex) with its own selected look, underlined or a segment of a switch.
 */
export function Tab({
  selected,
  look = 'underline',
  className = '',
  ref,
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'role' | 'type'> & {
  selected: boolean;
  look?: keyof typeof tabLooks;
  ref?: Ref<HTMLButtonElement>;
}) {
  const style = tabLooks[look];
  return (
    <button
      ref={ref}
      type="button"
      role="tab"
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      className={`${style.base} text-sm font-medium focus-visible:outline-2 focus-visible:outline-groq ${
        selected ? style.on : style.off
      } ${className}`}
      {...rest}
    />
  );
}
