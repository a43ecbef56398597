/**
 * The deterministic markdown answer: a heading built from the prompt, an intro paragraph that quotes
 * it, a list, a table, a fenced code block and a closing line. Longer targets add further sections;
 * every block is whole (code fences always close). Wording comes from a PRNG seeded by the caller.
 */
import type { CodeLanguage } from './code-samples';
import { codeSample, fenceTag, languageFromPrompt, topicFromPrompt } from './code-samples';
import { exactProse, measure } from './filler';
import * as P from './phrases';
import { capitalize, excerpt, keywords, titleCase } from './text';
import { countTokens, Prng, tokenize } from './tokens';

export interface AnswerInput {
  /** Latest user text, triggers stripped. */
  prompt: string;
  /** System text, triggers stripped, or null. */
  system: string | null;
  images: readonly string[];
  followUp: boolean;
  seed: number;
  targetTokens: number;
  /** Hit targetTokens exactly, dropping the table/code if needed (`[sim:tokens:<n>]`). */
  exact?: boolean;
  /** Leave out the `## ` heading (used when continuing a prefilled assistant message). */
  omitHeading?: boolean;
}

/** Topics added when the prompt has fewer than four keywords, so lists and tables never repeat. */
const FILLERS = ['best practices', 'common pitfalls', 'next steps', 'examples'];

/** From this target on, the answer always has every core block (list, table, code), even if a bit longer. */
const CORE_TARGET = 180;

interface Ctx {
  rng: Prng;
  words: string[];
  lang: CodeLanguage;
  prompt: string;
}

/** How the answer refers to an image: "a JPEG image of about 12 KB" or "the image at example.com". */
export function describeImage(url: string): string {
  const data = /^data:image\/([a-z+]+);base64,/i.exec(url);
  if (data?.[1]) {
    const kb = Math.max(1, Math.round(((url.length - data[0].length) * 3) / 4 / 1024));
    return `a ${data[1].toUpperCase().replace('JPG', 'JPEG')} image of about ${kb} KB`;
  }
  try {
    return `the image at ${new URL(url).host}`;
  } catch {
    return 'an image';
  }
}

function word(ctx: Ctx, offset: number): string {
  return ctx.words[offset % ctx.words.length] ?? 'this topic';
}

function introSentences(input: AnswerInput, ctx: Ctx): string[] {
  const { rng } = ctx;
  const quoted = input.prompt ? excerpt(input.prompt, 100) : 'the request';
  const sentences = [rng.pick(P.OPENERS)(quoted)];
  if (input.followUp) sentences.unshift(rng.pick(P.FOLLOW_UPS));
  if (input.system) sentences.push(rng.pick(P.SYSTEM_NOTES)(excerpt(input.system, 60)));
  if (input.images.length > 0) {
    const described = input.images.map(describeImage).join(' and ');
    sentences.push(
      `I received ${input.images.length === 1 ? 'one image' : `${input.images.length} images`} (${described}); this offline simulator does not look at pixels, so treat any visual details as placeholders.`,
    );
  }
  sentences.push(rng.pick(P.SUMMARIES)(word(ctx, 0), word(ctx, 1), word(ctx, 2)));
  return sentences;
}

function listBlock(ctx: Ctx, start: number, numbered: boolean): string {
  const { rng } = ctx;
  const count = rng.int(3, 4);
  const points = rng.shuffle(P.POINTS).slice(0, count);
  const title = rng.pick(numbered ? P.STEP_TITLES : P.LIST_TITLES);
  const items = points.map((point, i) => {
    const k = word(ctx, start + i);
    return `${numbered ? `${i + 1}.` : '-'} **${capitalize(k)}** — ${point(k)}`;
  });
  return `${title}\n\n${items.join('\n')}`;
}

function tableBlock(ctx: Ctx, start: number): string {
  const { rng } = ctx;
  const rows = [0, 1, 2].map(
    (i) => `| ${capitalize(word(ctx, start + i))} | ${rng.pick(P.LOOKS)} | ${rng.pick(P.PRIORITIES)} |`,
  );
  return `${rng.pick(P.TABLE_INTROS)}\n\n| Aspect | What to look for | Priority |\n| --- | --- | --- |\n${rows.join('\n')}`;
}

function codeBlock(ctx: Ctx, start: number): string {
  const words = [0, 1, 2].map((i) => word(ctx, start + i));
  const code = codeSample(ctx.lang, start === 0 ? topicFromPrompt(ctx.prompt) : 'generic', words);
  const intro = ctx.rng.pick(P.CODE_INTROS)(P.LANGUAGE_NAMES[ctx.lang] ?? ctx.lang);
  return `${intro}\n\n\`\`\`${fenceTag(ctx.lang)}\n${code}\n\`\`\``;
}

function paragraph(ctx: Ctx, start: number, count: number): string {
  const picks = ctx.rng.shuffle(P.SENTENCES).slice(0, count);
  return picks.map((s, i) => s(word(ctx, start + i), word(ctx, start + i + 1))).join(' ');
}

function section(ctx: Ctx, index: number): string {
  const k = word(ctx, index);
  const head = `### ${index + 1}. ${capitalize(k)}: ${ctx.rng.pick(P.SUBHEADS)}`;
  const body = paragraph(ctx, index, ctx.rng.int(2, 4));
  const extras = [
    () => listBlock(ctx, index, false),
    () => tableBlock(ctx, index),
    () => codeBlock(ctx, index + 1),
    () => ctx.rng.pick(P.QUOTES)(k),
    () => listBlock(ctx, index, true),
  ];
  const extra = extras[index % extras.length]?.() ?? '';
  return `${head}\n\n${body}\n\n${extra}`;
}

export function generateAnswer(input: AnswerInput): string {
  const rng = new Prng(input.seed);
  const found = keywords(input.prompt, 6);
  const words = [...found];
  for (const filler of FILLERS) if (words.length < 4) words.push(filler);
  const ctx: Ctx = {
    rng,
    words,
    prompt: input.prompt,
    lang: languageFromPrompt(input.prompt) ?? rng.pick(['typescript', 'python']),
  };
  const target = Math.max(1, input.targetTokens);
  const heading = input.omitHeading
    ? null
    : `## ${rng.pick(P.HEADINGS)(titleCase(found.length > 0 ? found.slice(0, 4) : ['Your', 'Question']))}`;
  const intro = introSentences(input, ctx);
  const head = heading ? [heading] : [];

  // Document order is list, table, code; when the budget is tight the table goes first, then the code.
  const optional = [listBlock(ctx, 0, rng.next() < 0.5), codeBlock(ctx, 0), tableBlock(ctx, 1)];
  const closing = rng.pick(P.CLOSINGS)(words[0] ?? 'this');
  const keepAll = !input.exact && target >= CORE_TARGET;
  const kept = new Set<string>();
  for (const block of optional) {
    if (keepAll || measure([...head, intro.join(' '), ...kept, block, closing]) <= target) kept.add(block);
  }
  const core = [0, 2, 1].flatMap((i) => (kept.has(optional[i] ?? '') ? [optional[i] ?? ''] : []));
  while (!keepAll && intro.length > 1 && measure([...head, intro.join(' '), ...core, closing]) > target)
    intro.pop();
  let introText = intro.join(' ');

  const structured = measure([...head, introText, ...core, closing]);
  if (structured > target && keepAll) return [...head, introText, ...core, closing].join('\n\n');
  if (structured > target) {
    // Too short for the structure: prose only, cut (or padded) to exactly the target.
    const pieces = tokenize([...head, introText].join('\n\n')).slice(0, target);
    const missing = target - pieces.length;
    const pad = missing === 1 ? '\n' : missing > 1 ? exactProse(missing, rng, words) : '';
    return pieces.join('') + pad;
  }

  const blocks = [...core];
  let used = structured;
  for (let index = 0; ; index += 1) {
    const next = section(ctx, index);
    const cost = countTokens(next) + 1;
    if (used + cost > target - 20) break;
    blocks.push(next);
    used += cost;
  }
  let remaining = target - used;
  if (remaining >= 20) {
    blocks.push(exactProse(remaining - 1, rng, words).trimStart());
    remaining = 0;
  } else if (remaining >= 2) {
    introText += exactProse(remaining, rng, words);
    remaining = 0;
  }
  const text = [...head, introText, ...blocks, closing].join('\n\n');
  return remaining === 1 ? `${text}\n` : text;
}
