'use client';

import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Button } from './button';

const modalClass = 'm-auto w-[calc(100%-2rem)] max-w-3xl rounded-lg border';
const sheetClass = 'my-0 mr-0 ml-auto h-dvh max-h-dvh w-[min(24rem,100%)] max-w-full rounded-none border-l';

export { fromOpenDialog } from './from-open-dialog';

/** Whether this browser (or test DOM) implements the modal `<dialog>` API. */
function supportsModal(dialog: HTMLDialogElement): boolean {
  return typeof dialog.showModal === 'function' && typeof dialog.close === 'function';
}

/**
 * A modal built on the native `<dialog>` (`showModal()`): the browser supplies the dialog role, the
 * inert background, the top layer and Esc. Its accessible name is its visible title. Focus moves into
 * it on open and back to the element that had it on close. Where `showModal` is missing (old browsers,
 * jsdom) it falls back to the `open` attribute and handles Esc itself.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  variant = 'modal',
  id,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** `sheet`: full height at the right edge (the parameters on narrow screens). */
  variant?: 'modal' | 'sheet';
  id?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const openRef = useRef(open);
  const onCloseRef = useRef(onClose);
  const pressedBackdrop = useRef(false);
  useEffect(() => {
    openRef.current = open;
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (supportsModal(dialog)) dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (!dialog.contains(document.activeElement)) dialog.focus();
    return () => {
      openRef.current = false; // our own close() below must not report back to the parent
      if (dialog.open) {
        if (supportsModal(dialog)) dialog.close();
        else dialog.removeAttribute('open');
      }
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  const requestClose = () => {
    if (openRef.current) onCloseRef.current();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      tabIndex={-1}
      // Esc: keep the dialog under React's control (the parent closes it by flipping `open`).
      onCancel={(event) => {
        event.preventDefault();
        requestClose();
      }}
      // Closed some other way (e.g. the browser forced it): let the parent know, unless already reopened.
      onClose={(event) => {
        if (!event.currentTarget.open) requestClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !supportsModal(event.currentTarget)) {
          event.preventDefault();
          requestClose();
        }
      }}
      // The dialog element itself (not its content) is the backdrop. Both ends of the click must be on
      // it, so a text selection dragged out of the content does not close the dialog.
      onPointerDown={(event) => {
        pressedBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        if (pressedBackdrop.current && event.target === event.currentTarget) requestClose();
        pressedBackdrop.current = false;
      }}
      id={id}
      className={`${variant === 'sheet' ? sheetClass : modalClass} border-divider bg-surface p-0 text-fg shadow-xl outline-none backdrop:bg-black/50`}
    >
      {open ? (
        <div className={`flex flex-col ${variant === 'sheet' ? 'h-full' : 'max-h-[85vh]'}`}>
          <div className="flex items-center gap-3 border-b border-divider px-4 py-3">
            <h2 id={titleId} className="text-base font-semibold">
              {title}
            </h2>
            <Button className="ml-auto" onClick={requestClose}>
              Close
            </Button>
          </div>
          <div className="min-h-0 flex-1 overflow-auto p-4">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
