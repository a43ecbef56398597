'use client';

import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Button } from './button';

/** The menu's items that are shown (some are hidden at some widths). */
function visibleItems(menu: HTMLElement | null): HTMLElement[] {
  return Array.from(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []).filter(
    (item) => getComputedStyle(item).display !== 'none',
  );
}

export type MenuEntry =
  | { kind: 'item'; label: string; onSelect: () => void; disabled?: boolean; className?: string }
  | { kind: 'radio'; label: string; checked: boolean; onSelect: () => void; className?: string }
  | { kind: 'group'; label: string; className?: string };

/**
 * A WAI-ARIA menu button: the button opens a `menu` (Enter, Space, ArrowDown: first item; ArrowUp:
 * last), arrows / Home / End move between items, Esc closes and returns focus to the button, Tab
 * or a click outside closes. An item closes the menu and gives focus back to the button before it
 * runs, so a dialog it opens returns focus there when it closes.
 */
export function MenuButton({
  label,
  icon,
  entries,
  className = '',
}: {
  label: string;
  /** Shown instead of the label on narrow screens; the label stays the accessible name. */
  icon?: ReactNode;
  entries: readonly MenuEntry[];
  className?: string;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');

  const items = () => visibleItems(menu.current);

  useEffect(() => {
    if (!open) return;
    const list = visibleItems(menu.current);
    (focusOnOpen.current === 'first' ? list[0] : list.at(-1))?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openWith = (focus: 'first' | 'last') => {
    focusOnOpen.current = focus;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openWith(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
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
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const select = (onSelect: () => void) => {
    close();
    onSelect();
  };

  const itemClass =
    'flex w-full items-center gap-2 rounded px-3 py-1.5 text-left text-sm text-fg outline-none hover:bg-subtle focus:bg-subtle aria-disabled:opacity-50';

  return (
    <div className="relative shrink-0">
      <Button
        ref={button}
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? setOpen(false) : openWith('first'))}
        onKeyDown={onButtonKeyDown}
        className={`max-sm:px-2 ${className}`}
      >
        {icon ? (
          <>
            <span aria-hidden="true" className="sm:hidden">
              {icon}
            </span>
            <span className="sr-only sm:not-sr-only">{label}</span>
          </>
        ) : (
          label
        )}
        <span aria-hidden="true" className="hidden text-xs sm:inline">
          ▾
        </span>
      </Button>
      {open ? (
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
      ) : null}
    </div>
  );
}
