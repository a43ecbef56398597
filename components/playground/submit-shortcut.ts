/**
 * Ctrl/Cmd+Enter submits from the System box too, exactly as from the composer: the composer (there
 * is one, also while comparing) registers its Submit here, the System box calls it.
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
