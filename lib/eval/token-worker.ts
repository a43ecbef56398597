/**
 * The prompt tokenizer off the main thread: the o200k_harmony encoding is ~1 MB of script (≈120 ms to
 * evaluate on a slow machine) and encoding a long conversation takes tens of ms, so both happen here,
 * not in a task that would hold up typing or a streaming answer. One request in, one count out.
 */
import { encode } from 'gpt-tokenizer/encoding/o200k_harmony';
import { countPromptTokens, type PromptMessage, promptTokenizer } from './tokens';

export interface CountRequest {
  id: number;
  model: string;
  messages: PromptMessage[];
  contextWindow: number | null;
}

const tokenizer = promptTokenizer(encode);

self.addEventListener('message', (event: MessageEvent<CountRequest>) => {
  const { id, model, messages, contextWindow } = event.data;
  self.postMessage({ id, count: countPromptTokens(tokenizer, model, messages, contextWindow) });
});
