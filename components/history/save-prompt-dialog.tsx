'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/field';
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
        <Field
          label="Prompt name"
          error={problem}
          hint={
            existing
              ? 'A prompt with this name exists: saving adds a new version (unless nothing changed).'
              : null
          }
        >
          {(control) => (
            <Input
              {...control}
              dense
              value={name}
              autoFocus
              required
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
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
