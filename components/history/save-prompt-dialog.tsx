'use client';

import { useEffect, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { normalizePromptName, promptNameProblem } from '@/lib/history/prompt-name';

export interface SavePromptDialogProps {
  open: boolean;
  onClose: () => void;
  /** Saves under the name; resolves to what happened ("Saved … as version 2.") or why not. */
  onSave: (name: string) => Promise<{ ok: boolean; message: string }>;
  /** Names already saved: saving under one adds a version, which the dialog says. */
  existingNames?: readonly string[];
  initialName?: string;
}

/** "Save prompt": a Prompt name and Save. An empty name is refused in words, next to the field. */
export function SavePromptDialog({
  open,
  onClose,
  onSave,
  existingNames = [],
  initialName = '',
}: SavePromptDialogProps) {
  const id = useId();
  const [name, setName] = useState(initialName);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (open) {
      setName(initialName);
      setProblem(null);
    }
  }, [open, initialName]);

  const existing = existingNames.includes(normalizePromptName(name));
  const save = async () => {
    const invalid = promptNameProblem(name);
    setProblem(invalid);
    if (invalid) return;
    setSaving(true);
    const result = await onSave(normalizePromptName(name));
    setSaving(false);
    if (result.ok) onClose();
    else setProblem(result.message);
  };

  const describedBy = [existing ? `${id}-hint` : '', problem ? `${id}-problem` : ''].join(' ').trim();
  return (
    <Dialog open={open} onClose={onClose} title="Save prompt">
      <form
        className="flex flex-col gap-2"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label htmlFor={`${id}-name`} className="text-sm font-medium">
          Prompt name
        </label>
        <input
          id={`${id}-name`}
          value={name}
          autoFocus
          required
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => setName(event.target.value)}
          className="rounded border border-line bg-surface px-2 py-1 text-sm"
        />
        {existing ? (
          <p id={`${id}-hint`} className="text-xs text-muted">
            A prompt with this name exists: saving adds a new version (unless nothing changed).
          </p>
        ) : null}
        {problem ? (
          <p id={`${id}-problem`} role="alert" className="text-sm text-red-700 dark:text-red-300">
            {problem}
          </p>
        ) : null}
        <p className="text-xs text-muted">
          Saves the system prompt, the message with its {'{{variables}}'}, the model and its settings.
        </p>
        <div className="flex gap-2">
          <Button type="submit" variant="primary" disabled={saving}>
            Save
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
