'use client';

import { Field, TextArea } from '@/components/ui/field';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { submitOnCtrlEnter } from './submit-shortcut';

export function SystemPrompt() {
  const system = usePlaygroundStore((s) => s.system);
  const setSystem = usePlaygroundStore((s) => s.setSystem);
  return (
    <Field label="System" labelLook="caps">
      {(control) => (
        <TextArea
          {...control}
          dir="auto"
          value={system}
          onChange={(event) => setSystem(event.target.value)}
          onKeyDown={submitOnCtrlEnter}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          placeholder="Enter system message (optional)"
          rows={2}
          className="field-sizing-content max-h-[40vh] min-h-[3.5rem]"
        />
      )}
    </Field>
  );
}
