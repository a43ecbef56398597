'use client';

import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { type BlockSplitter, createBlockSplitter, lexBlock } from '@/lib/markdown/block-splitter';
import { endsInOpenFence, readOpenFence } from '@/lib/markdown/open-fence';
import { CodeBlockView } from './code-block';
import { BlockOpen } from './highlighted-code';
import { renderBlocks } from './markdown-components';

interface BlockProps {
  source: string;
  index: number;
  /** The last block of a streaming answer inside an unclosed code fence: its code stays plain. */
  open: boolean;
  onRender: (index: number) => void;
}

/**
 * One top-level block. Memoized on its source: finished blocks keep the same source string, so
 * while a message streams only the last (growing) block re-renders: one marked lex of that block
 * (a few hundred bytes) and its elements. Raw HTML in the source renders as text.
 */
const MarkdownBlock = memo(
  function MarkdownBlock({ source, index, open, onRender }: BlockProps) {
    useEffect(() => {
      onRender(index);
    });
    // A growing fenced code block skips the markdown parse (the largest per-frame cost of code).
    const fence = open ? readOpenFence(source) : null;
    if (fence) {
      return (
        <BlockOpen.Provider value={true}>
          <CodeBlockView language={fence.language} text={fence.code} />
        </BlockOpen.Provider>
      );
    }
    return <BlockOpen.Provider value={open}>{renderBlocks(lexBlock(source))}</BlockOpen.Provider>;
  },
  (prev, next) => prev.source === next.source && prev.index === next.index && prev.open === next.open,
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
  /** The group holds the streaming (still growing) last block. */
  streaming: boolean;
  onRender: (index: number) => void;
}

const sameBlocks = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((block, i) => block === b[i]);

const BlockGroup = memo(
  function BlockGroup({ blocks, first, last, streaming, onRender }: GroupProps) {
    const blockElements = blocks.map((source, i) => (
      <MarkdownBlock
        // biome-ignore lint/suspicious/noArrayIndexKey: a block's position is its identity (see above).
        key={i}
        source={source}
        index={first + i}
        open={streaming && i === blocks.length - 1 && endsInOpenFence(source)}
        onRender={onRender}
      />
    ));
    // The same wrapper for the growing group and finished ones: when the last group fills up, only
    // its class changes (a fragment turning into a div remounted its 32 blocks: a 40-70 ms task).
    return (
      <div className={last ? undefined : '[contain-intrinsic-size:auto_40rem] [content-visibility:auto]'}>
        {blockElements}
      </div>
    );
  },
  (prev, next) =>
    prev.first === next.first &&
    prev.last === next.last &&
    prev.streaming === next.streaming &&
    sameBlocks(prev.blocks, next.blocks),
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
  /**
   * A folded preview: only the leading whole blocks up to about this many characters are drawn (at
   * least one), so a cell showing four lines does not render a long answer it hides.
   */
  previewChars?: number;
}

function leadingBlocks(blocks: readonly string[], chars: number): readonly string[] {
  let used = 0;
  let count = 0;
  while (count < blocks.length && (count === 0 || used < chars)) {
    used += (blocks[count] as string).length;
    count += 1;
  }
  return count === blocks.length ? blocks : blocks.slice(0, count);
}

/**
 * The preview's blocks, lexing only the answer's head (twice the preview) when the answer is long:
 * the head's last block may be cut short, so it is dropped; a head that is one block lexes it all.
 */
function previewBlocks(splitter: BlockSplitter, text: string, chars: number): readonly string[] {
  if (text.length > chars * 2) {
    const head = splitter.split(text.slice(0, chars * 2)).slice(0, -1);
    if (head.length > 0) return leadingBlocks(head, chars);
  }
  return leadingBlocks(splitter.split(text), chars);
}

export function MarkdownMessage({
  text,
  streaming = false,
  onBlockRender,
  previewChars,
}: MarkdownMessageProps) {
  const splitterRef = useRef<BlockSplitter | null>(null);
  splitterRef.current ??= createBlockSplitter();
  const splitter = splitterRef.current;
  // The splitter starts from scratch by itself when the text is not an extension, so the end of a
  // stream costs nothing extra (a full re-split of a long answer was a 40 ms task).
  const blocks = useMemo(
    () => (previewChars === undefined ? splitter.split(text) : previewBlocks(splitter, text, previewChars)),
    [splitter, text, previewChars],
  );
  const groups = useMemo(() => groupBlocks(blocks), [blocks]);

  // Keep the hook out of the memo comparison: blocks get one stable callback.
  const hookRef = useRef(onBlockRender);
  hookRef.current = onBlockRender;
  const reportRender = useCallback((index: number) => hookRef.current?.(index), []);

  return (
    <div
      className="markdown min-w-0 text-sm leading-7 break-words [&>:first-child>:first-child]:mt-0 [&>:last-child>:last-child]:mb-0"
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
          streaming={streaming && g === groups.length - 1}
          onRender={reportRender}
        />
      ))}
    </div>
  );
}
