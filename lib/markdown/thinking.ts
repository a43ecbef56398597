/** Splits raw-format output (`<think>…</think>` then the answer) into its two parts. */
export function splitThinking(content: string): { thinking: string | null; answer: string } {
  const match = /^\s*<think>([\s\S]*?)(<\/think>|$)/.exec(content);
  if (!match) return { thinking: null, answer: content };
  return { thinking: (match[1] ?? '').trim(), answer: content.slice(match[0].length).replace(/^\s+/, '') };
}
