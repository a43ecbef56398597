'use client';

import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';
import type { MenuEntry } from './menu';

/** The menu's items that are shown (some are hidden at some widths). */
function visibleItems(menu: HTMLElement | null): HTMLElement[] {
  return Array.from(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []).filter(
    (item) => getComputedStyle(item).display !== 'none',
  );
}

const itemClass =
  'flex w-full items-center gap-2 rounded px-3 py-1.5 text-left text-sm text-fg outline-none hover:bg-subtle focus:bg-subtle aria-disabled:opacity-50';

/**
 * The open `menu` of MenuButton (loaded when it first opens): it takes focus (first or last item),
 * arrows / Home / End move between items, Esc closes with focus back on the button, Tab or a press
 * outside closes. An item closes the menu and gives focus back to the button before it runs.
 */
export function MenuPopup({
  id,
  entries,
  focus,
  button,
  onClose,
  onDismiss,
}: {
  id: string;
  entries: readonly MenuEntry[];
  focus: 'first' | 'last';
  button: RefObject<HTMLButtonElement | null>;
  /** Closes and puts focus back on the button. */
  onClose: () => void;
  /** Closes, leaving focus where it went (Tab, a press elsewhere). */
  onDismiss: () => void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef(focus);

  useEffect(() => {
    const list = visibleItems(menu.current);
    (focusOnOpen.current === 'first' ? list[0] : list.at(-1))?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) onDismiss();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [button, onDismiss]);

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = visibleItems(menu.current);
    const index = list.indexOf(document.activeElement as HTMLElement);
    const move: Record<string, number> = {
      ArrowDown: (index + 1) % list.length,
      ArrowUp: (index - 1 + list.length) % list.length,
      Home: 0,
      End: list.length - 1,
    };
    if (event.key in move) {
      event.preventDefault();
      list[move[event.key] ?? 0]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      onDismiss();
    }
  };

  const select = (onSelect: () => void) => {
    onClose();
    onSelect();
  };

  return (
    <div
      ref={menu}
      id={`${id}-menu`}
      role="menu"
      aria-labelledby={`${id}-button`}
      onKeyDown={onMenuKeyDown}
      className="absolute right-0 top-full z-40 mt-1 flex min-w-48 flex-col rounded-md border border-neutral-200 bg-surface p-1 shadow-lg dark:border-neutral-700"
    >
      {entries.map((entry) => {
        if (entry.kind === 'group') {
          return (
            <div
              key={`group:${entry.label}`}
              role="presentation"
              className={`mt-1 border-t border-neutral-200 px-3 pt-2 pb-1 text-xs font-semibold uppercase tracking-wide text-muted first:mt-0 first:border-t-0 dark:border-neutral-700 ${entry.className ?? ''}`}
            >
              {entry.label}
            </div>
          );
        }
        if (entry.kind === 'radio') {
          return (
            <div
              key={`radio:${entry.label}`}
              role="menuitemradio"
              aria-checked={entry.checked}
              tabIndex={-1}
              onClick={() => select(entry.onSelect)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  select(entry.onSelect);
                }
              }}
              className={`${itemClass} ${entry.className ?? ''}`}
            >
              <span aria-hidden="true" className="w-3">
                {entry.checked ? '✓' : ''}
              </span>
              {entry.label}
            </div>
          );
        }
        return (
          <div
            key={`item:${entry.label}`}
            role="menuitem"
            tabIndex={-1}
            aria-disabled={entry.disabled || undefined}
            onClick={() => (entry.disabled ? undefined : select(entry.onSelect))}
            onKeyDown={(event) => {
              if ((event.key === 'Enter' || event.key === ' ') && !entry.disabled) {
                event.preventDefault();
                select(entry.onSelect);
              }
            }}
            className={`${itemClass} ${entry.className ?? ''}`}
          >
            <span aria-hidden="true" className="w-3" />
            {entry.label}
          </div>
        );
      })}
    </div>
  );
}
