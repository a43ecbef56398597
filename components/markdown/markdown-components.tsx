'use client';

import type { Token, Tokens } from 'marked';
import type { ReactNode } from 'react';
import { decodeEntities } from '@/lib/markdown/entities';
import { readOpenFence } from '@/lib/markdown/open-fence';
import { CodeBlockView } from './code-block';
import { cx, renderInline, renderInlineToken } from './markdown-inline';

/**
 * marked tokens → React elements, directly: no markdown AST, no HTML AST, no second parser. The
 * block splitter already lexes with marked, and a streaming answer's last block is re-rendered every
 * frame, so this is the hot path (react-markdown's unified pipeline was a third of its script time).
 *
 * Rules the model's output is held to: raw HTML is shown as text, never as elements; only
 * http(s)/mailto links become anchors; images never load; footnotes stay text (marked knows none).
 */

const cellClass = 'border border-line px-3 py-1.5 text-left align-top';

const HEADING_CLASS = [
  '',
  'mt-6 mb-3 text-2xl font-semibold tracking-tight',
  'mt-6 mb-3 text-xl font-semibold tracking-tight',
  'mt-5 mb-2 text-lg font-semibold',
  'mt-4 mb-2 text-base font-semibold',
  'mt-4 mb-2 text-sm font-semibold',
  'mt-4 mb-2 text-sm font-semibold text-muted',
];

function renderListItem(item: Tokens.ListItem, key: number): ReactNode {
  const children: ReactNode[] = [];
  item.tokens.forEach((token, i) => {
    if (token.type === 'checkbox') {
      children.push(renderInlineToken(token, i), ' ');
    } else if (token.type === 'text' && !item.loose) {
      // A tight item's text is inline content, not a paragraph.
      const t = token as Tokens.Text;
      children.push(...(t.tokens ? renderInline(t.tokens) : [decodeEntities(t.text)]));
    } else {
      children.push(renderBlockToken(token, i));
    }
  });
  return (
    <li
      key={key}
      className={cx('leading-7 marker:text-neutral-400 [&>p]:my-1', item.task && 'task-list-item')}
    >
      {children}
    </li>
  );
}

function alignStyle(align: Tokens.TableCell['align']) {
  return align ? { textAlign: align } : undefined;
}

/** One block-level token → a React element (null for what renders nothing: blank space, definitions). */
export function renderBlockToken(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'paragraph':
      return (
        <p key={key} className="my-3 leading-7">
          {renderInline(token.tokens)}
        </p>
      );
    case 'text': {
      const t = token as Tokens.Text;
      return (
        <p key={key} className="my-3 leading-7">
          {t.tokens ? renderInline(t.tokens) : decodeEntities(t.text)}
        </p>
      );
    }
    case 'heading': {
      const t = token as Tokens.Heading;
      const Tag = `h${Math.min(Math.max(t.depth, 1), 6)}` as 'h1';
      return (
        <Tag key={key} className={HEADING_CLASS[t.depth]}>
          {renderInline(t.tokens)}
        </Tag>
      );
    }
    case 'code': {
      const t = token as Tokens.Code;
      const language = (t.lang ?? '').trim().split(/\s/)[0] ?? '';
      // A fence still waiting for its closing line: read as the streaming view reads it (marked
      // keeps a trailing blank line there that CommonMark drops).
      const open = t.codeBlockStyle === 'indented' ? null : readOpenFence(t.raw);
      if (open) return <CodeBlockView key={key} language={language} text={open.code} />;
      const text = t.codeBlockStyle === 'indented' ? t.text.replace(/\n+$/, '') : t.text;
      // Same text as a markdown AST gives: the code plus one newline when it is not empty.
      return <CodeBlockView key={key} language={language} text={text ? `${text}\n` : ''} />;
    }
    case 'blockquote':
      return (
        <blockquote key={key} className="my-4 border-l-4 border-line pl-4 text-muted [&>p]:my-2">
          {renderBlocks(token.tokens ?? [])}
        </blockquote>
      );
    case 'hr':
      return <hr key={key} className="my-6 border-divider" />;
    case 'list': {
      const t = token as Tokens.List;
      const items = t.items.map(renderListItem);
      if (t.ordered) {
        const start = typeof t.start === 'number' && t.start !== 1 ? t.start : undefined;
        return (
          <ol key={key} start={start} className="my-3 list-decimal space-y-1 pl-6 [&_ol]:my-1 [&_ul]:my-1">
            {items}
          </ol>
        );
      }
      const tasks = t.items.some((item) => item.task);
      return (
        <ul
          key={key}
          className={cx(
            'my-3 space-y-1 [&_ol]:my-1 [&_ul]:my-1',
            tasks ? 'list-none pl-1 contains-task-list' : 'list-disc pl-6',
          )}
        >
          {items}
        </ul>
      );
    }
    case 'table': {
      const t = token as Tokens.Table;
      return (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll wide tables.
        <div key={key} className="my-4 max-w-full overflow-x-auto" tabIndex={0}>
          <table className="min-w-full border-collapse border border-line text-sm">
            <thead>
              <tr>
                {t.header.map((cell, i) => (
                  <th
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                    key={i}
                    // className before style: a cell's alignment can arrive after it was created
                    // (streaming), and the DOM keeps attributes in insertion order.
                    className={cx(cellClass, 'bg-surface-alt font-semibold')}
                    style={alignStyle(cell.align)}
                  >
                    {renderInline(cell.tokens)}
                  </th>
                ))}
              </tr>
            </thead>
            {t.rows.length > 0 ? (
              <tbody>
                {t.rows.map((row, r) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional (they only grow).
                  <tr key={r}>
                    {row.map((cell, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                      <td key={i} className={cellClass} style={alignStyle(cell.align)}>
                        {renderInline(cell.tokens)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            ) : null}
          </table>
        </div>
      );
    }
    case 'html':
      // Raw HTML from the model is text, never markup.
      return (
        <p key={key} className="my-3 leading-7">
          {token.raw.replace(/\n+$/, '')}
        </p>
      );
    default:
      return 'raw' in token && token.raw.trim() ? (
        <p key={key} className="my-3 leading-7">
          {token.raw}
        </p>
      ) : null;
  }
}

/** Block-level tokens → React elements. */
export function renderBlocks(tokens: readonly Token[]): ReactNode[] {
  return tokens.map((token, key) => renderBlockToken(token, key));
}
