'use client';

import type { Token, Tokens } from 'marked';
import { createContext, type ReactNode, useContext } from 'react';
import { citationNumber } from '@/lib/markdown/citations';
import { decodeEntities } from '@/lib/markdown/entities';
import { IMAGE_LINK_PROTOCOLS, safeUrl } from '@/lib/markdown/safe-url';
import { CitationMarker } from './citation-marker';
import { InlineCode } from './code-block';

/**
 * Inline marked tokens (text, emphasis, code spans, links, images, citation markers) → React nodes,
 * for the block renderer in markdown-components.tsx. Only http(s)/mailto links become anchors and
 * images never load.
 */

export const cx = (...classes: Array<string | undefined | false>) => classes.filter(Boolean).join(' ');

/** True inside a link, so an image or link there renders as text rather than as a nested anchor. */
const InLink = createContext(false);

const linkClass =
  'font-medium text-groq-strong underline decoration-groq/40 underline-offset-2 hover:decoration-groq dark:text-orange-400 dark:decoration-orange-400/40';

/** Only http(s)/mailto links become anchors (new tab, no opener); anything else is plain text. */
function Link({ href, title, children }: { href: string; title?: string | null; children: ReactNode }) {
  const inLink = useContext(InLink);
  const citation = citationNumber(href);
  if (citation !== null && !inLink) return <CitationMarker n={citation} />;
  const safe = safeUrl(decodeEntities(href));
  if (!safe || inLink) return <span>{children}</span>;
  return (
    <a
      href={safe}
      title={title ? decodeEntities(title) : undefined}
      target="_blank"
      rel="noopener noreferrer"
      className={linkClass}
    >
      <InLink.Provider value={true}>{children}</InLink.Provider>
    </a>
  );
}

/** Images never load (no third-party fetches): an http(s) image becomes a link labelled by its alt. */
function Image({ src, alt }: { src: string; alt: string }) {
  const inLink = useContext(InLink);
  const safe = safeUrl(decodeEntities(src), IMAGE_LINK_PROTOCOLS);
  const label = alt || safe || 'image';
  if (!safe || inLink) return <span>{label}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" className={linkClass}>
      {label}
    </a>
  );
}

/** The text of inline tokens without markup (an image's alt text). */
function plainText(tokens: readonly Token[] | undefined, fallback: string): string {
  if (!tokens) return decodeEntities(fallback);
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'escape' || token.type === 'codespan') {
      text += token.type === 'codespan' ? token.text : decodeEntities(token.text);
    } else if ('tokens' in token && Array.isArray(token.tokens)) {
      text += plainText(token.tokens, '');
    } else if ('text' in token && typeof token.text === 'string') {
      text += token.text;
    }
  }
  return text;
}

/** Inline tokens → React nodes. */
export function renderInline(tokens: readonly Token[] | undefined): ReactNode[] {
  if (!tokens) return [];
  return tokens.map((token, key) => renderInlineToken(token, key));
}

export function renderInlineToken(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'text': {
      const t = token as Tokens.Text;
      return t.tokens ? <span key={key}>{renderInline(t.tokens)}</span> : decodeEntities(t.text);
    }
    case 'escape':
      return token.text;
    case 'strong':
      return <strong key={key}>{renderInline(token.tokens)}</strong>;
    case 'em':
      return <em key={key}>{renderInline(token.tokens)}</em>;
    case 'del':
      return <del key={key}>{renderInline(token.tokens)}</del>;
    case 'codespan':
      return <InlineCode key={key}>{token.text}</InlineCode>;
    case 'br':
      return <br key={key} />;
    case 'link': {
      const t = token as Tokens.Link;
      return (
        <Link key={key} href={t.href} title={t.title}>
          {renderInline(t.tokens)}
        </Link>
      );
    }
    case 'image': {
      const t = token as Tokens.Image;
      return <Image key={key} src={t.href} alt={plainText(t.tokens, t.text)} />;
    }
    case 'checkbox':
      return (
        <input
          key={key}
          type="checkbox"
          checked={Boolean((token as Tokens.Checkbox).checked)}
          readOnly
          disabled
          className="mr-1.5 align-middle"
        />
      );
    default:
      // Raw HTML (and anything marked adds later) is shown as the text it is.
      return 'raw' in token ? token.raw : null;
  }
}
