'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, TextArea } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { MAX_DATASET_BYTES, MAX_DATASET_ROWS, missingColumns, parseDataset } from '@/lib/datasets/dataset';
import { usePlaygroundStore } from '@/lib/store/playground-store';

const PREVIEW_ROWS = 5;
const ACCEPT = '.csv,.jsonl,.json,text/csv,application/json,application/jsonl';

/** The Dataset textbox, its upload, and what it parses to: a preview table or the first problem. */
export function DatasetEditor({ variables }: { variables: readonly string[] }) {
  const text = usePlaygroundStore((s) => s.dataset.datasetText);
  const setText = usePlaygroundStore((s) => s.setDatasetText);
  const input = useRef<HTMLInputElement>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const parsed = text.trim() === '' ? null : parseDataset(text);
  const missing = parsed?.ok ? missingColumns(parsed.dataset, variables) : [];

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setUploadError(null);
    if (!/\.(csv|jsonl|json)$/i.test(file.name)) {
      setUploadError(`${file.name} is not a .csv, .jsonl or .json file.`);
      return;
    }
    if (file.size > MAX_DATASET_BYTES) {
      setUploadError(
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_DATASET_BYTES / 1024 / 1024} MB fits here.`,
      );
      return;
    }
    setText(await file.text());
  };

  return (
    <div className="flex flex-col gap-2">
      <Field
        label="Dataset"
        labelAction={
          <>
            <Button size="xs" onClick={() => input.current?.click()}>
              Upload file
            </Button>
            <input
              ref={input}
              type="file"
              accept={ACCEPT}
              className="sr-only"
              tabIndex={-1}
              aria-hidden="true"
              onChange={(event) => {
                void onFile(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
          </>
        }
        hint={
          <>
            CSV with a header row, or JSON Lines of objects (or upload .csv, .jsonl, .json). Each column is a
            variable. Up to {MAX_DATASET_ROWS.toLocaleString('en-US')} rows and{' '}
            {MAX_DATASET_BYTES / 1024 / 1024} MB.
          </>
        }
      >
        {(control) => (
          <TextArea
            {...control}
            mono
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={6}
            spellCheck={false}
            placeholder={'city\nParis\nRome\nTokyo'}
            className="max-h-[40vh]"
          />
        )}
      </Field>
      {uploadError ? <Notice tone="error">{uploadError}</Notice> : null}
      {parsed && !parsed.ok ? <Notice tone="error">{parsed.message}</Notice> : null}
      {missing.length > 0 ? (
        <Notice tone="warning">
          No column for {missing.map((m) => `{{${m}}}`).join(', ')}: add one to the dataset, or remove the
          variable from the prompt.
        </Notice>
      ) : null}
      {parsed?.ok ? (
        <div className="overflow-x-auto" tabIndex={-1}>
          <table className="w-full text-left text-xs">
            <caption className="pb-1 text-left text-xs text-muted">
              Preview: {parsed.dataset.rows.length} {parsed.dataset.rows.length === 1 ? 'row' : 'rows'}
              {parsed.dataset.rows.length > PREVIEW_ROWS ? ` (first ${PREVIEW_ROWS} shown)` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-1">
                  #
                </th>
                {parsed.dataset.columns.map((c) => (
                  <th key={c} scope="col" className="px-2 py-1 font-mono">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {parsed.dataset.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
                <tr key={row.key} className="border-t border-divider">
                  <td className="px-2 py-1">{i + 1}</td>
                  {parsed.dataset.columns.map((c) => (
                    <td key={c} className="max-w-60 truncate px-2 py-1" dir="auto">
                      {row.values[c]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
