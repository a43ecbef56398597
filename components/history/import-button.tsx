'use client';

import { useRef } from 'react';
import { Button } from '@/components/ui/button';

/** "Import": a button that opens the file picker for a JSON file and hands the file over. */
export function ImportButton({ label = 'Import', onFile }: { label?: string; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()}>{label}</Button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-import-input=""
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = ''; // the same file can be picked again
        }}
      />
    </>
  );
}
