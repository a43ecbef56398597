'use client';

import type { ComponentProps, ReactNode } from 'react';
import type { ExtraProps } from 'react-markdown';
import { CopyButton } from '@/components/ui/copy-button';
import { HighlightedCode } from './highlighted-code';

type HastElement = NonNullable<ExtraProps['node']>;
type HastChild = HastElement['children'][number];

/** Concatenated text of a hast subtree: the raw code, whatever highlighting spans wrap it. */
function hastText(node: HastElement | HastChild): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  let text = '';
  for (const child of node.children) text += hastText(child);
  return text;
}

function codeElement(pre: HastElement | undefined): HastElement | undefined {
  const first = pre?.children.find((child) => child.type === 'element');
  return first?.type === 'element' && first.tagName === 'code' ? first : undefined;
}

function languageOf(code: HastElement | undefined): string {
  const classes = code?.properties.className;
  if (!Array.isArray(classes)) return '';
  for (const name of classes) {
    if (typeof name === 'string' && name.startsWith('language-')) return name.slice('language-'.length);
  }
  return '';
}

/** `pre` replacement: a bordered block with a header (language + copy button) above the code. */
export function CodeBlock({ node }: { children?: ReactNode } & ExtraProps) {
  const code = codeElement(node);
  return <CodeBlockView language={languageOf(code)} text={code ? hastText(code) : ''} />;
}

/** The code block itself, from its language and its text (with the renderer's trailing newline). */
export function CodeBlockView({ language, text }: { language: string; text: string }) {
  // mdast-util-to-hast appends one newline to non-empty code; copy what the model wrote.
  const rawCode = () => text.replace(/\n$/, '');
  return (
    <div className="my-4 overflow-hidden rounded-lg border border-neutral-200 dark:border-neutral-800">
      <div className="flex items-center justify-between gap-2 border-b border-neutral-200 bg-neutral-50 px-3 py-1.5 dark:border-neutral-800 dark:bg-neutral-900">
        <span className="font-mono text-xs text-neutral-500 dark:text-neutral-400">{language || 'text'}</span>
        <CopyButton text={rawCode} label="Copy code" />
      </div>
      <pre
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll long lines.
        tabIndex={0}
        className="overflow-x-auto bg-white p-3 font-mono text-[13px] leading-6 dark:bg-neutral-950"
      >
        <HighlightedCode code={text} language={language} />
      </pre>
    </div>
  );
}

/** `code` replacement for inline code (a block's code is rendered by `CodeBlock` itself). */
export function InlineCode({
  node: _node,
  className: _className,
  children,
  ...rest
}: ComponentProps<'code'> & ExtraProps) {
  return (
    <code
      className="rounded bg-neutral-100 px-1 py-0.5 font-mono text-[0.875em] text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200"
      {...rest}
    >
      {children}
    </code>
  );
}
