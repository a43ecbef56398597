'use client';

import { type ComponentProps, createContext, type JSX, useContext } from 'react';
import type { Components, ExtraProps } from 'react-markdown';
import { citationNumber } from '@/lib/markdown/citations';
import { IMAGE_LINK_PROTOCOLS, safeUrl } from '@/lib/markdown/safe-url';
import { CitationMarker } from './citation-marker';
import { CodeBlock, InlineCode } from './code-block';

/** Element props as react-markdown passes them (plus the hast `node`, which must not reach the DOM). */
type Props<Tag extends keyof JSX.IntrinsicElements> = ComponentProps<Tag> & ExtraProps;

const cx = (...classes: Array<string | undefined | false>) => classes.filter(Boolean).join(' ');

/** True inside a link, so an image there renders as text rather than as a nested anchor. */
const InLink = createContext(false);

const linkClass =
  'font-medium text-groq-strong underline decoration-groq/40 underline-offset-2 hover:decoration-groq dark:text-orange-400 dark:decoration-orange-400/40';

/** Only http(s)/mailto links become anchors (new tab, no opener); anything else is plain text. */
function Link({ node: _node, href, title, children }: Props<'a'>) {
  const inLink = useContext(InLink);
  const citation = citationNumber(href);
  if (citation !== null && !inLink) return <CitationMarker n={citation} />;
  const safe = safeUrl(href);
  if (!safe || inLink) return <span>{children}</span>;
  return (
    <a href={safe} title={title} target="_blank" rel="noopener noreferrer" className={linkClass}>
      <InLink.Provider value={true}>{children}</InLink.Provider>
    </a>
  );
}

/** Images never load (no third-party fetches): an http(s) image becomes a link labelled by its alt. */
function Image({ node: _node, src, alt }: Props<'img'>) {
  const inLink = useContext(InLink);
  const safe = typeof src === 'string' ? safeUrl(src, IMAGE_LINK_PROTOCOLS) : null;
  const label = alt || safe || 'image';
  if (!safe || inLink) return <span>{label}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" className={linkClass}>
      {label}
    </a>
  );
}

/** GFM task-list checkboxes; raw HTML never reaches here (react-markdown turns it into text). */
function Input({ node: _node, type, checked }: Props<'input'>) {
  if (type !== 'checkbox') return null;
  return (
    <input type="checkbox" checked={Boolean(checked)} readOnly disabled className="mr-1.5 align-middle" />
  );
}

function Table({ node: _node, className, ...props }: Props<'table'>) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll wide tables.
    <div className="my-4 max-w-full overflow-x-auto" tabIndex={0}>
      <table
        className={cx(
          'min-w-full border-collapse border border-neutral-300 text-sm dark:border-neutral-700',
          className,
        )}
        {...props}
      />
    </div>
  );
}

const cellClass = 'border border-neutral-300 px-3 py-1.5 text-left align-top dark:border-neutral-700';

export const markdownComponents: Components = {
  a: Link,
  img: Image,
  input: Input,
  pre: CodeBlock,
  code: InlineCode,
  table: Table,
  th: ({ node: _node, className, ...props }: Props<'th'>) => (
    <th className={cx(cellClass, 'bg-neutral-50 font-semibold dark:bg-neutral-900', className)} {...props} />
  ),
  td: ({ node: _node, className, ...props }: Props<'td'>) => (
    <td className={cx(cellClass, className)} {...props} />
  ),
  h1: ({ node: _node, className, ...props }: Props<'h1'>) => (
    <h1 className={cx('mt-6 mb-3 text-2xl font-semibold tracking-tight', className)} {...props} />
  ),
  h2: ({ node: _node, className, ...props }: Props<'h2'>) => (
    <h2 className={cx('mt-6 mb-3 text-xl font-semibold tracking-tight', className)} {...props} />
  ),
  h3: ({ node: _node, className, ...props }: Props<'h3'>) => (
    <h3 className={cx('mt-5 mb-2 text-lg font-semibold', className)} {...props} />
  ),
  h4: ({ node: _node, className, ...props }: Props<'h4'>) => (
    <h4 className={cx('mt-4 mb-2 text-base font-semibold', className)} {...props} />
  ),
  h5: ({ node: _node, className, ...props }: Props<'h5'>) => (
    <h5 className={cx('mt-4 mb-2 text-sm font-semibold', className)} {...props} />
  ),
  h6: ({ node: _node, className, ...props }: Props<'h6'>) => (
    <h6
      className={cx('mt-4 mb-2 text-sm font-semibold text-neutral-600 dark:text-neutral-400', className)}
      {...props}
    />
  ),
  p: ({ node: _node, className, ...props }: Props<'p'>) => (
    <p className={cx('my-3 leading-7', className)} {...props} />
  ),
  ul: ({ node: _node, className, ...props }: Props<'ul'>) => (
    <ul
      className={cx(
        'my-3 space-y-1 [&_ol]:my-1 [&_ul]:my-1',
        className?.includes('contains-task-list') ? 'list-none pl-1' : 'list-disc pl-6',
        className,
      )}
      {...props}
    />
  ),
  ol: ({ node: _node, className, ...props }: Props<'ol'>) => (
    <ol className={cx('my-3 list-decimal space-y-1 pl-6 [&_ol]:my-1 [&_ul]:my-1', className)} {...props} />
  ),
  li: ({ node: _node, className, ...props }: Props<'li'>) => (
    <li className={cx('leading-7 marker:text-neutral-400 [&>p]:my-1', className)} {...props} />
  ),
  blockquote: ({ node: _node, className, ...props }: Props<'blockquote'>) => (
    <blockquote
      className={cx(
        'my-4 border-l-4 border-neutral-300 pl-4 text-neutral-600 dark:border-neutral-700 dark:text-neutral-400 [&>p]:my-2',
        className,
      )}
      {...props}
    />
  ),
  hr: ({ node: _node, className, ...props }: Props<'hr'>) => (
    <hr className={cx('my-6 border-neutral-200 dark:border-neutral-800', className)} {...props} />
  ),
};
