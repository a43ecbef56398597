/**
 * Ctrl/Cmd+Enter submits from the Message box and the System box alike: the composer (there is one,
 * also while comparing) registers its Submit here, and both boxes use the one key handler below.
 */
let submit: (() => void) | null = null;

export function registerSubmit(handler: (() => void) | null): void {
  submit = handler;
}

/** A keydown handler: Ctrl/Cmd+Enter runs the composer's Submit. */
export function submitOnCtrlEnter(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  preventDefault(): void;
}) {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && submit) {
    event.preventDefault();
    submit();
  }
}
