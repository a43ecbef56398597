'use client';

import { useId } from 'react';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { submitOnCtrlEnter } from './submit-shortcut';

export function SystemPrompt() {
  const id = useId();
  const system = usePlaygroundStore((s) => s.system);
  const setSystem = usePlaygroundStore((s) => s.setSystem);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-semibold uppercase tracking-wide text-muted">
        System
      </label>
      <textarea
        id={id}
        dir="auto"
        value={system}
        onChange={(event) => setSystem(event.target.value)}
        onKeyDown={submitOnCtrlEnter}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        placeholder="Enter system message (optional)"
        rows={2}
        className="field-sizing-content max-h-[40vh] min-h-[3.5rem] w-full resize-y rounded-md border border-line-input bg-surface px-3 py-2 text-sm"
      />
    </div>
  );
}
