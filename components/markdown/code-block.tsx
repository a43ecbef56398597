'use client';

import type { ReactNode } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { HighlightedCode } from './highlighted-code';

/** The code block itself, from its language and its text (with the renderer's trailing newline). */
export function CodeBlockView({ language, text }: { language: string; text: string }) {
  // The text carries one trailing newline (as a markdown AST gives it); copy what the model wrote.
  const rawCode = () => text.replace(/\n$/, '');
  return (
    <div className="my-4 overflow-hidden rounded-lg border border-divider">
      <div className="flex items-center justify-between gap-2 border-b border-divider bg-surface-alt px-3 py-1.5">
        <span className="font-mono text-xs text-neutral-500 dark:text-neutral-400">{language || 'text'}</span>
        <CopyButton text={rawCode} label="Copy code" />
      </div>
      <pre
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll long lines.
        tabIndex={0}
        className="overflow-x-auto bg-canvas p-3 font-mono text-[13px] leading-6"
      >
        <HighlightedCode code={text} language={language} />
      </pre>
    </div>
  );
}

/** Inline code (a block's code is rendered by `CodeBlockView`). */
export function InlineCode({ children }: { children: ReactNode }) {
  return (
    <code className="rounded bg-subtle px-1 py-0.5 font-mono text-[0.875em] text-neutral-800 dark:text-neutral-200">
      {children}
    </code>
  );
}
