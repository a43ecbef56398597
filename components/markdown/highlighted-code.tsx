'use client';

import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { grammarFor, type HighlightNode, highlightNow, loadGrammar } from '@/lib/markdown/highlight';

/** lowlight's tree (spans with classes, and text) → React, without a general hast converter. */
function toReact(nodes: readonly HighlightNode[]): ReactNode[] {
  return nodes.map((node, key) => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element') return null;
    const className = node.properties?.className;
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: a highlighted tree is rendered once, never reordered.
      <span key={key} className={Array.isArray(className) ? className.join(' ') : undefined}>
        {toReact(node.children as HighlightNode[])}
      </span>
    );
  });
}

/**
 * True for the block that is still growing while an answer streams: its code is shown plain and
 * highlighted once, when the block is finished (re-highlighting a growing block every frame was the
 * single largest cost of a long code answer).
 */
export const BlockOpen = createContext(false);

/** A code block's `code`: plain while open or while its grammar loads, then highlighted. */
export function HighlightedCode({ code, language }: { code: string; language: string }) {
  const open = useContext(BlockOpen);
  const grammar = language ? grammarFor(language) : null;
  const [, setLoaded] = useState(0);
  const tree = grammar && !open ? highlightNow(grammar, code) : null;
  useEffect(() => {
    // Fetch the grammar as soon as the language is known, so it is ready when the block closes.
    if (!grammar || tree) return;
    let live = true;
    void loadGrammar(grammar).then((ok) => {
      if (ok && live && !open) setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [grammar, open, tree]);
  const className = [tree ? 'hljs' : '', language ? `language-${language}` : ''].join(' ').trim();
  return <code className={className || undefined}>{tree ? toReact(tree.children) : code}</code>;
}
