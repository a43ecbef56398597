/**
 * Assistant-message prefilling: continue the prefilled text without repeating it. A prefix that opens
 * a code fence (```python, ```json …) gets a newline, a matching body, the closing fence and a line of
 * explanation, so `stop: "```"` yields just the code.
 */
import type { AnswerInput } from './answer';
import { generateAnswer } from './answer';
import { codeSample, fenceTag, languageFromPrompt, normalizeLanguage, topicFromPrompt } from './code-samples';
import { jsonAnswerText } from './json-mode';
import { keywords } from './text';

/** The fence tag of an unclosed code fence at the end of the text ('' when untagged), or null. */
export function openFence(text: string): string | null {
  const fences = [...text.matchAll(/```([^\n`]*)/g)];
  if (fences.length % 2 === 0) return null;
  return (fences[fences.length - 1]?.[1] ?? '').trim();
}

export function prefillContinuation(prefix: string, input: AnswerInput): string {
  const tag = openFence(prefix);
  if (tag === null) {
    const separator = prefix === '' || /\s$/.test(prefix) ? '' : ' ';
    return separator + generateAnswer({ ...input, omitHeading: true });
  }
  const lead = prefix.endsWith('\n') ? '' : '\n';
  if (tag.toLowerCase() === 'json') {
    const json = jsonAnswerText({ prompt: input.prompt, system: input.system, seed: input.seed });
    return `${lead}${json}\n\`\`\`\n\nThe JSON object above contains the fields extracted from your request.`;
  }
  const lang = normalizeLanguage(tag) ?? languageFromPrompt(input.prompt) ?? 'python';
  const topic = topicFromPrompt(input.prompt);
  const code = codeSample(lang, topic, keywords(input.prompt, 4));
  const explanation =
    topic === 'factorial'
      ? 'The function multiplies the numbers from 2 to n iteratively, which avoids recursion limits for large inputs.'
      : topic === 'fibonacci'
        ? 'The function builds the sequence iteratively, so it runs in linear time.'
        : `This ${fenceTag(lang)} snippet is a minimal starting point; rename things to fit your project.`;
  return `${lead}${code}\n\`\`\`\n\n${explanation}`;
}
