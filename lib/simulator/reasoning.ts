/**
 * What a reasoning model "thinks" before answering: a short, deterministic chain of thought that
 * mentions the prompt, so the playground's Thinking section shows something sensible.
 */
import { hashString } from './tokens';

const OPENERS = ['Okay, the user is asking about', 'Alright, let me work out', 'Let me think about'];

/** How much a model thinks at each `reasoning_effort` (steps of the chain below). */
const STEPS_BY_EFFORT: Record<string, number> = { low: 2, medium: 5, default: 5, high: 7 };

export function reasoningText(prompt: string, seed: number, effort = 'medium'): string {
  const topic = prompt.trim().replace(/\s+/g, ' ').slice(0, 120) || 'this';
  const opener = OPENERS[(seed >>> 0) % OPENERS.length];
  const steps = [
    `${opener} "${topic}".`,
    'First, I should pin down what they actually need and any constraints they mentioned.',
    'Then I can outline the key points, give a concrete example, and keep it well structured.',
    `A table and a short code sample would make it concrete (check ${(hashString(topic) % 90) + 10} details).`,
    'Let me double-check the edge cases and whether any assumption needs stating.',
    'Everything is consistent, so the plan holds.',
  ];
  const count = STEPS_BY_EFFORT[effort] ?? 5;
  return [...steps.slice(0, count - 1), 'That should cover it; now I will write the answer.'].join('\n');
}

/** Raw format: the thinking stays in the content, between `<think>` tags, before the answer. */
export function withRawThinking(reasoning: string, content: string): string {
  return `<think>\n${reasoning}\n</think>\n\n${content}`;
}
