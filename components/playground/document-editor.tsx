'use client';

import { type ChangeEvent, useState } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { Field, Input, TextArea } from '@/components/ui/field';
import { keepFocus } from '@/components/ui/keep-focus';
import { type DocumentDraft, documentProblem } from '@/lib/chat/grounding';
import { usePlaygroundStore } from '@/lib/store/playground-store';

/** Text files only: a document is sent as `{type: "text"}`. 1 MB keeps requests and saved state sane. */
const MAX_UPLOAD_BYTES = 1024 * 1024;
const TEXT_FILE = /\.(txt|md|markdown)$/i;

async function readTextFile(file: File): Promise<string> {
  if (!TEXT_FILE.test(file.name) && !file.type.startsWith('text/')) {
    throw new Error(`${file.name} is not a .txt or .md file.`);
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new Error(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 1 MB.`);
  }
  return file.text();
}

/** One document's text, citation id and upload; loaded with the first document, see DocumentsPanel. */
export function DocumentEditor({
  doc,
  index,
  all,
}: {
  doc: DocumentDraft;
  index: number;
  all: DocumentDraft[];
}) {
  const setGrounding = usePlaygroundStore((s) => s.setGrounding);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const label = `Document ${index + 1}`;
  const update = (patch: Partial<DocumentDraft>) =>
    setGrounding({ documents: all.map((d) => (d.key === doc.key ? { ...d, ...patch } : d)) });
  const problem = documentProblem(doc, all);
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      update({ text: await readTextFile(file) });
      setUploadError(null);
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <fieldset className="flex flex-col gap-1 rounded border border-divider p-2">
      <legend className="px-1 text-xs font-semibold">{label}</legend>
      <Field label={label} labelLook="hidden" warning={problem}>
        {(control) => (
          <TextArea
            {...control}
            dense
            textSize="xs"
            rows={5}
            placeholder="Paste text, or upload a .txt or .md file"
            value={doc.text}
            onChange={(e) => update({ text: e.target.value })}
          />
        )}
      </Field>
      <Field label="Citation id" labelLook="small">
        {(control) => (
          <Input
            {...control}
            dense
            mono
            textSize="xs"
            value={doc.id}
            onChange={(e) => update({ id: e.target.value })}
          />
        )}
      </Field>
      {uploadError ? (
        <p role="alert" className="text-xs text-red-600">
          {uploadError}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <label
          className={buttonClass(
            'secondary',
            'xs',
            'cursor-pointer focus-within:outline-2 focus-within:outline-groq',
          )}
        >
          Upload text into {label}
          <input
            type="file"
            accept=".txt,.md,.markdown,text/plain,text/markdown"
            className="sr-only"
            onChange={(e) => void upload(e)}
          />
        </label>
        <Button
          size="xs"
          onClick={(event) => {
            const section = event.currentTarget.closest('section');
            setGrounding({ documents: all.filter((d) => d.key !== doc.key) });
            keepFocus(event.currentTarget, section?.querySelector('[data-add-document]'));
          }}
        >
          Remove {label}
        </Button>
      </div>
    </fieldset>
  );
}
