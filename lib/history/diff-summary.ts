/** One line that says how a prompt version differs from the one before it, made with `diff`. */
import { diffWords } from 'diff';
import type { PromptContent } from './prompt-schema';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "+12 words −3 words" between two texts; null when they are the same. */
export function wordChanges(before: string, after: string): string | null {
  if (before === after) return null;
  let added = 0;
  let removed = 0;
  for (const change of diffWords(before, after)) {
    if (change.added) added += words(change.value);
    else if (change.removed) removed += words(change.value);
  }
  const parts = [
    added > 0 ? `+${plural(added, 'word')}` : '',
    removed > 0 ? `−${plural(removed, 'word')}` : '',
  ];
  return parts.filter(Boolean).join(' ') || 'spacing';
}

/** The settings as the panels name them. */
const LABELS: Record<string, string> = {
  temperature: 'Temperature',
  maxCompletionTokens: 'Max Completion Tokens',
  topP: 'Top P',
  seed: 'Seed',
  stop: 'Stop Sequences',
  stream: 'Stream',
  responseFormat: 'Response Format',
  jsonSchema: 'JSON Schema',
  jsonSchemaStrict: 'Strict',
  moderation: 'Moderation',
  reasoningFormat: 'Reasoning Format',
  reasoningEffort: 'Reasoning Effort',
  includeReasoning: 'Include Reasoning',
  serviceTier: 'Service Tier',
  tools: 'Tools',
  toolChoice: 'Tool Choice',
  parallelToolCalls: 'Parallel Tool Calls',
  grounding: 'Built-in tools and documents',
};

/** JSON with sorted keys: equal values give equal text whatever order their keys were set in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Names of the settings that differ ("Temperature, Tools"). */
function changedSettings(before: PromptContent['settings'], after: PromptContent['settings']): string[] {
  const changed: string[] = [];
  const parameters = new Set([...Object.keys(before.parameters), ...Object.keys(after.parameters)]);
  for (const key of parameters) {
    const a = before.parameters[key as keyof typeof before.parameters];
    const b = after.parameters[key as keyof typeof after.parameters];
    if (canonical(a) !== canonical(b)) changed.push(LABELS[key] ?? key);
  }
  for (const key of ['tools', 'toolChoice', 'parallelToolCalls', 'grounding'] as const) {
    if (canonical(before[key]) !== canonical(after[key])) changed.push(LABELS[key] ?? key);
  }
  return changed;
}

/** "System: +12 words −3 words; Model: a → b; Settings: temperature" (or "First version"). */
export function diffSummary(before: PromptContent | null, after: PromptContent): string {
  if (before === null) return 'First version';
  const parts: string[] = [];
  const system = wordChanges(before.system, after.system);
  if (system) parts.push(`System: ${system}`);
  const message = wordChanges(before.messageTemplate, after.messageTemplate);
  if (message) parts.push(`Message: ${message}`);
  if (before.model !== after.model) parts.push(`Model: ${before.model || 'none'} → ${after.model || 'none'}`);
  const settings = changedSettings(before.settings, after.settings);
  if (settings.length > 0) parts.push(`Settings: ${settings.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'No changes';
}

/** Whether two versions hold the same prompt (saving it again adds no version). */
export function sameContent(a: PromptContent, b: PromptContent): boolean {
  return canonical(a) === canonical(b);
}
