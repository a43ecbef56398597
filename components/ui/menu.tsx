'use client';

import dynamic from 'next/dynamic';
import { type KeyboardEvent, type ReactNode, useCallback, useId, useRef, useState } from 'react';
import { Button } from './button';
import { LoadBoundary } from './load-boundary';
import { preloadOn } from './preload-on';

export type MenuEntry =
  | { kind: 'item'; label: string; onSelect: () => void; disabled?: boolean; className?: string }
  | { kind: 'radio'; label: string; checked: boolean; onSelect: () => void; className?: string }
  | { kind: 'group'; label: string; className?: string };

const loadMenuPopup = () => import('./menu-popup');

// The open menu loads on the way to the button (pointer or focus), not with the page.
const MenuPopup = dynamic(() => loadMenuPopup().then((m) => m.MenuPopup), { ssr: false });

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
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => {
    setOpen(null);
    button.current?.focus();
  }, []);
  const dismiss = useCallback(() => setOpen(null), []);

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  return (
    <div className="relative shrink-0">
      <Button
        ref={button}
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen((current) => (current ? null : 'first'))}
        onKeyDown={onButtonKeyDown}
        {...preloadOn(loadMenuPopup)}
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
        <LoadBoundary what="The menu">
          <MenuPopup
            key={open}
            id={id}
            entries={entries}
            focus={open}
            button={button}
            onClose={close}
            onDismiss={dismiss}
          />
        </LoadBoundary>
      ) : null}
    </div>
  );
}
