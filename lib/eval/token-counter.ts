/**
 * Counts a prompt's tokens in a Web Worker (lib/eval/token-worker.ts) when the browser has one, else
 * on this thread with the tokenizer loaded on demand (tests, old browsers). Requests are matched to
 * answers by id; a caller that no longer wants an answer ignores it (PromptTokenCount's `live`).
 */
import type { CountRequest } from './token-worker';
import { countPromptTokens, loadPromptTokenizer, type PromptMessage, type PromptTokenCount } from './tokens';

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { request: CountRequest; resolve: (count: PromptTokenCount) => void }>();

async function countHere({ model, messages, contextWindow }: CountRequest): Promise<PromptTokenCount> {
  return countPromptTokens(await loadPromptTokenizer(), model, messages, contextWindow);
}

function tokenWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'function'
        ? new Worker(new URL('./token-worker.ts', import.meta.url), { type: 'module', name: 'tokens' })
        : null;
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (event: MessageEvent<{ id: number; count: PromptTokenCount }>) => {
    waiting.get(event.data.id)?.resolve(event.data.count);
    waiting.delete(event.data.id);
  });
  worker?.addEventListener('error', () => {
    // A worker that cannot start (blocked, failed to load): count here from now on, this request too.
    worker = null;
    for (const { request, resolve } of waiting.values()) void countHere(request).then(resolve);
    waiting.clear();
  });
  return worker;
}

export async function countTokens(
  model: string,
  messages: PromptMessage[],
  contextWindow: number | null,
): Promise<PromptTokenCount> {
  nextId += 1;
  const request: CountRequest = { id: nextId, model, messages, contextWindow };
  const w = tokenWorker();
  if (!w) return countHere(request);
  return new Promise((resolve) => {
    waiting.set(request.id, { request, resolve });
    w.postMessage(request);
  });
}
