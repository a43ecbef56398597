/**
 * Whether a key event comes from inside an open dialog: its Esc closes the dialog, so page-wide Esc
 * shortcuts (stop the answer, stop the run) must leave it alone. Apart from Dialog so the page's
 * shortcuts can ask without loading the dialog itself.
 */
export function fromOpenDialog(event: { target: EventTarget | null }): boolean {
  return event.target instanceof Element && event.target.closest('dialog[open]') !== null;
}
