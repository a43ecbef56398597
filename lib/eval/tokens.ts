/**
 * The prompt's token count before sending, and its share of the context window.
 * - gpt-oss models (`openai/gpt-oss-*`): exact tokenizer — o200k_harmony, the encoding gpt-oss uses,
 *   with the harmony framing of each message (`<|start|>{role}<|message|>…<|end|>`) and the
 *   `<|start|>assistant` that opens the reply, as gpt-tokenizer's `encodeChat` frames them. Not
 *   counted: the system preamble Groq's chat template adds on the server (undocumented), so Groq's
 *   `prompt_tokens` comes out somewhat higher.
 * - Other models: "≈ o200k estimate" — the same encoding over the message text, no framing (their
 *   tokenizers and templates are not published with the API).
 * - Images: 2,048 tokens each, the figure Groq documents for qwen3.8-27b (the one vision model).
 * Text that looks like a special token (`<|end|>`) is counted as plain text, as a user typed it.
 * The 2.4 MB encoding is loaded on demand by `loadPromptTokenizer`, not with the page.
 */

export const IMAGE_TOKENS = 2_048;

export interface PromptPart {
  type: string;
  text?: string;
}

export interface PromptMessage {
  role: string;
  content?: string | null | readonly PromptPart[];
}

export interface PromptTokenizer {
  /** Tokens of `text` as plain text (special-token look-alikes included as text). */
  count(text: string): number;
}

type Encode = (text: string, options: { disallowedSpecial: Set<string> }) => number[];

const CACHE_SIZE = 64;

/** Wraps an encoder with a small memo: while typing, only the message being edited is re-encoded. */
export function promptTokenizer(encode: Encode): PromptTokenizer {
  const plain = { disallowedSpecial: new Set<string>() };
  const memo = new Map<string, number>();
  return {
    count(text) {
      if (text === '') return 0;
      const known = memo.get(text);
      if (known !== undefined) return known;
      const n = encode(text, plain).length;
      if (memo.size >= CACHE_SIZE) memo.delete(memo.keys().next().value as string);
      memo.set(text, n);
      return n;
    },
  };
}

let loading: Promise<PromptTokenizer> | null = null;

/** Loads the o200k_harmony encoding once (a separate chunk in the browser). */
export function loadPromptTokenizer(): Promise<PromptTokenizer> {
  loading ??= import('gpt-tokenizer/encoding/o200k_harmony').then((m) => promptTokenizer(m.encode));
  return loading;
}

export const isGptOss = (modelId: string) => /^openai\/gpt-oss-/.test(modelId);

export interface PromptTokenCount {
  tokens: number;
  exact: boolean;
  /** "o200k_harmony" when exact, "o200k estimate" otherwise. */
  method: string;
  contextWindow: number | null;
  /** tokens / contextWindow, or null when the window is unknown. */
  share: number | null;
}

function messageText(message: PromptMessage): { text: string; images: number } {
  const { content } = message;
  if (typeof content === 'string') return { text: content, images: 0 };
  if (!content) return { text: '', images: 0 };
  let text = '';
  let images = 0;
  for (const part of content) {
    if (part.type === 'text' && typeof part.text === 'string') text += part.text;
    else if (part.type === 'image_url') images += 1;
  }
  return { text, images };
}

// <|start|>, <|message|> and <|end|> around each message; <|start|> before the reply's role.
const HARMONY_MESSAGE_TOKENS = 3;
const HARMONY_REPLY_TOKENS = 1;

export function countPromptTokens(
  tokenizer: PromptTokenizer,
  modelId: string,
  messages: readonly PromptMessage[],
  contextWindow?: number | null,
): PromptTokenCount {
  const exact = isGptOss(modelId);
  let tokens = 0;
  for (const message of messages) {
    const { text, images } = messageText(message);
    tokens += tokenizer.count(text) + images * IMAGE_TOKENS;
    if (exact) tokens += HARMONY_MESSAGE_TOKENS + tokenizer.count(message.role);
  }
  if (exact) tokens += HARMONY_REPLY_TOKENS + tokenizer.count('assistant');
  const window = contextWindow && contextWindow > 0 ? contextWindow : null;
  return {
    tokens,
    exact,
    method: exact ? 'o200k_harmony' : 'o200k estimate',
    contextWindow: window,
    share: window ? tokens / window : null,
  };
}

const integer = new Intl.NumberFormat('en-US');

/** "3%", "< 1%" for a small non-zero share, "> 100%" past the window. */
export function formatShare(share: number): string {
  if (share > 1) return '> 100%';
  if (share > 0 && share < 0.01) return '< 1%';
  return `${Math.round(share * 100)}%`;
}

/** "1,234 tokens · 1% of 131,072" (exact) or "≈ 1,234 tokens (o200k estimate) · 1% of 131,072". */
export function formatTokenCount(count: PromptTokenCount): string {
  const n = `${integer.format(count.tokens)} ${count.tokens === 1 ? 'token' : 'tokens'}`;
  const main = count.exact ? n : `≈ ${n} (${count.method})`;
  if (count.share === null || count.contextWindow === null) return main;
  return `${main} · ${formatShare(count.share)} of ${integer.format(count.contextWindow)}`;
}
