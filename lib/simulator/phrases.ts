/** Phrase banks for the answer generator; the PRNG picks among them so a seed changes the wording. */
import { capitalize as cap } from './text';

type One = (k: string) => string;
type Two = (k: string, o: string) => string;

export const HEADINGS: ((t: string) => string)[] = [
  (t) => `${t}: A Quick Overview`,
  (t) => `Understanding ${t}`,
  (t) => `${t} — Key Points`,
  (t) => `A Practical Guide to ${t}`,
  (t) => `${t} in a Nutshell`,
];

export const OPENERS: One[] = [
  (q) => `You asked: “${q}”. Here is a concise, structured answer.`,
  (q) => `Good question — “${q}” touches on a few ideas worth separating.`,
  (q) => `Let's break down “${q}” into the parts that matter most.`,
  (q) => `Here is an overview that addresses “${q}” directly.`,
];

export const SYSTEM_NOTES: One[] = [
  (s) => `Following the system instruction (“${s}”), I kept the answer focused and practical.`,
  (s) => `As the system prompt asked (“${s}”), this response sticks to those guidelines.`,
];

export const FOLLOW_UPS = [
  'Building on the earlier part of our conversation, here is the next step.',
  'Picking up where we left off, here is a fresh angle.',
];

export const SUMMARIES: ((a: string, b: string, c: string) => string)[] = [
  (a, b, c) => `The short version: **${a}** matters most, while ${b} and ${c} shape the details.`,
  (a, b, c) => `In short, focus on **${a}** first; ${b} and ${c} follow naturally from it.`,
  (a, b, c) => `Most of the answer comes down to **${a}**, with ${b} and ${c} as supporting factors.`,
];

export const SENTENCES: Two[] = [
  (k) => `When working with ${k}, start from a clear goal and a small, testable example.`,
  (k) =>
    `A common pitfall with ${k} is optimizing too early; measure first, then change one thing at a time.`,
  (k, o) => `${cap(k)} and ${o} interact closely, so a change to one usually shows up in the other.`,
  (k) => `In practice, teams that write down their assumptions about ${k} move faster and argue less.`,
  (k) =>
    `Think of ${k} as a trade-off rather than a checklist: every choice buys something and costs something.`,
  (k) => `If you only remember one thing about ${k}, make it this: clarity beats cleverness.`,
  (k) => `Real-world ${k} problems rarely look like textbook ones, so keep an eye on edge cases.`,
  (k) => `A quick experiment with ${k} often answers questions that hours of debate cannot.`,
  (k, o) => `It helps to compare ${k} with ${o} using the same inputs and the same success criteria.`,
  (k) => `Small, reversible steps make ${k} much less risky to change.`,
  (k) => `Tooling around ${k} keeps improving, but the fundamentals still matter most.`,
  (k) => `Write down what “good” looks like for ${k} before you start tuning anything.`,
];

export const POINTS: One[] = [
  (k) => `start by defining what ${k} means in your context.`,
  (k) => `measure ${k} before and after each change.`,
  (k) => `keep ${k} simple; complexity compounds quickly.`,
  (k) => `document decisions about ${k} so others can follow them.`,
  (k) => `compare at least two approaches to ${k} side by side.`,
  (k) => `watch for edge cases where ${k} behaves differently than expected.`,
  (k) => `automate the repetitive parts of ${k}.`,
  (k) => `revisit ${k} once you have real feedback.`,
];

export const LIST_TITLES = ['### Key points', '### What to keep in mind', '### The essentials'];
export const STEP_TITLES = ['### Step by step', '### A simple plan', '### How to approach it'];

export const TABLE_INTROS = ['Here is a quick comparison:', 'A compact summary table:', 'At a glance:'];
export const LOOKS = [
  'Clear definitions',
  'Measurable outcomes',
  'Known trade-offs',
  'Failure modes',
  'Simple defaults',
  'Good documentation',
];
export const PRIORITIES = ['High', 'Medium', 'Low'];

export const CODE_INTROS: One[] = [
  (l) => `A small example in ${l}:`,
  (l) => `Here is a minimal ${l} sketch:`,
  (l) => `For instance, in ${l}:`,
];

export const SUBHEADS = [
  'Going further',
  'Trade-offs',
  'Common mistakes',
  'In practice',
  'Checklist',
  'Details',
];

export const QUOTES: One[] = [
  (k) => `> **Tip:** treat ${k} as something to iterate on, not something to get perfect on the first try.`,
  (k) => `> **Note:** the right answer for ${k} depends on your constraints — measure before deciding.`,
];

export const CLOSINGS: One[] = [
  (k) => `Let me know if you'd like me to go deeper into **${k}** or adapt the example to your setup.`,
  (k) => `Happy to expand on any of these points — just ask about ${k} or anything else above.`,
  (k) => `Want a more detailed version? Tell me which part of ${k} matters most to you.`,
];

export const LANGUAGE_NAMES: Record<string, string> = {
  python: 'Python',
  typescript: 'TypeScript',
  javascript: 'JavaScript',
  rust: 'Rust',
  go: 'Go',
  java: 'Java',
  sql: 'SQL',
  bash: 'Bash',
};
