'use client';

import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { createContext, useContext, useEffect, useState } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { grammarFor, highlightNow, loadGrammar } from '@/lib/markdown/highlight';

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
  return (
    <code className={className || undefined}>
      {tree ? toJsxRuntime(tree, { Fragment, jsx, jsxs }) : code}
    </code>
  );
}
