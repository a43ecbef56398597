'use client';

import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import Markdown from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import { type BlockSplitter, createBlockSplitter } from '@/lib/markdown/block-splitter';
import { citationNumber } from '@/lib/markdown/citations';
import { remarkPlainFootnotes } from '@/lib/markdown/remark-plain-footnotes';
import { safeUrl } from '@/lib/markdown/safe-url';
import { markdownComponents } from './markdown-components';

/**
 * rehype-highlight builds a lowlight instance (registering and later compiling every grammar) each
 * time the plugin is attached, and react-markdown attaches plugins on every render. Build it once
 * and hand the same transformer to every processor. Languages: lowlight's bundled `common` set;
 * no auto-detection; an unknown language is left unhighlighted (reported as a vfile message,
 * never thrown).
 */
const highlightTransformer = rehypeHighlight({ detect: false });
function rehypeHighlightShared() {
  return highlightTransformer;
}

/** Footnotes stay text: a reference and its definition land in different blocks. */
const remarkPlugins = [remarkGfm, remarkPlainFootnotes];
const rehypePlugins = [rehypeHighlightShared];
/**
 * Every URL attribute goes through the allow-list; anything else is dropped before rendering.
 * `#citation-n` survives: the link component turns it into a citation marker (or plain text).
 */
const urlTransform = (url: string) => (citationNumber(url) !== null ? url : safeUrl(url));

interface BlockProps {
  source: string;
  index: number;
  onRender: (index: number) => void;
}

/**
 * One top-level block. Memoized on its source: finished blocks keep the same source string, so
 * while a message streams only the last (growing) block re-renders. No raw-HTML plugin:
 * react-markdown renders HTML in the source as text.
 */
const MarkdownBlock = memo(
  function MarkdownBlock({ source, index, onRender }: BlockProps) {
    useEffect(() => {
      onRender(index);
    });
    return (
      <Markdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins}
        components={markdownComponents}
        urlTransform={urlTransform}
      >
        {source}
      </Markdown>
    );
  },
  (prev, next) => prev.source === next.source && prev.index === next.index,
);

/**
 * Finished blocks are rendered in groups, so a streaming frame reconciles ~N/32 groups instead of N
 * blocks, and finished groups skip layout and paint while off-screen (content-visibility).
 */
const GROUP_SIZE = 32;

function groupBlocks(blocks: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (let i = 0; i < blocks.length; i += GROUP_SIZE) groups.push(blocks.slice(i, i + GROUP_SIZE));
  return groups;
}

interface GroupProps {
  blocks: string[];
  first: number;
  last: boolean;
  onRender: (index: number) => void;
}

const sameBlocks = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((block, i) => block === b[i]);

const BlockGroup = memo(
  function BlockGroup({ blocks, first, last, onRender }: GroupProps) {
    const blockElements = blocks.map((source, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: a block's position is its identity (see above).
      <MarkdownBlock key={i} source={source} index={first + i} onRender={onRender} />
    ));
    if (last) return <>{blockElements}</>;
    return (
      <div className="[contain-intrinsic-size:auto_40rem] [content-visibility:auto]">{blockElements}</div>
    );
  },
  (prev, next) =>
    prev.first === next.first && prev.last === next.last && sameBlocks(prev.blocks, next.blocks),
);

export interface MarkdownMessageProps {
  text: string;
  /**
   * True while tokens are arriving: the text is split incrementally (cost per update ~ size of
   * the last blocks). When false/absent the text is split from scratch, once per change.
   */
  streaming?: boolean;
  /** Test/profiling hook: called after each (re-)render of a block, with its index. */
  onBlockRender?: (index: number) => void;
}

export function MarkdownMessage({ text, streaming = false, onBlockRender }: MarkdownMessageProps) {
  const splitterRef = useRef<BlockSplitter | null>(null);
  splitterRef.current ??= createBlockSplitter();
  const splitter = splitterRef.current;
  // The splitter starts from scratch by itself when the text is not an extension, so the end of a
  // stream costs nothing extra (a full re-split of a long answer was a 40 ms task).
  const blocks = useMemo(() => splitter.split(text), [splitter, text]);
  const groups = useMemo(() => groupBlocks(blocks), [blocks]);

  // Keep the hook out of the memo comparison: blocks get one stable callback.
  const hookRef = useRef(onBlockRender);
  hookRef.current = onBlockRender;
  const reportRender = useCallback((index: number) => hookRef.current?.(index), []);

  return (
    <div
      className="markdown min-w-0 text-sm leading-7 break-words [&>:first-child]:mt-0 [&>:last-child]:mb-0"
      aria-busy={streaming || undefined}
    >
      {groups.map((group, g) => (
        // Groups only ever grow at the end or are replaced wholesale, so the index is a stable key.
        <BlockGroup
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          key={g}
          blocks={group}
          first={g * GROUP_SIZE}
          last={g === groups.length - 1}
          onRender={reportRender}
        />
      ))}
    </div>
  );
}
