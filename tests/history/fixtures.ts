import { fromFlat } from '@/lib/history/branches';
import type { HistoryDraft, RecordSettings, Turn } from '@/lib/history/record-schema';

export function settingsFor(model = 'llama-3.3-70b-versatile'): RecordSettings {
  return {
    v: 6,
    model,
    parameters: {
      temperature: 1,
      maxCompletionTokens: 1024,
      topP: 1,
      seed: null,
      stop: [],
      stream: true,
      responseFormat: 'text',
      jsonSchema: '{}',
      jsonSchemaStrict: false,
      moderation: false,
      reasoningFormat: null,
      reasoningEffort: null,
      includeReasoning: true,
      serviceTier: '',
    },
    tools: [],
    toolChoice: 'auto',
    parallelToolCalls: true,
    grounding: { browserSearch: false, codeExecution: false, documents: [], citations: true },
  };
}

export const userTurn = (id: string, content: string, images?: (Blob | string)[]): Turn<Blob | string> => ({
  id,
  role: 'user',
  content,
  ...(images ? { images } : {}),
});

export const answerTurn = (
  id: string,
  content: string,
  tokens: [number, number] = [10, 5],
  model = 'llama-3.3-70b-versatile',
): Turn<Blob | string> => ({
  id,
  role: 'assistant',
  content,
  answer: {
    model,
    status: 'done',
    usage: { prompt_tokens: tokens[0], completion_tokens: tokens[1], total_tokens: tokens[0] + tokens[1] },
  },
});

/** A chat: `system`, then user/answer pairs. */
export function chatDraft(
  id: string,
  system: string,
  exchanges: [string, string][],
  model?: string,
): HistoryDraft<Blob | string> {
  const turns = exchanges.flatMap(([question, answer], i) => [
    userTurn(`${id}-u${i}`, question),
    answerTurn(`${id}-a${i}`, answer),
  ]);
  return { id, kind: 'chat', system, settings: settingsFor(model), threads: [fromFlat(turns)] };
}

/** A 1×1 transparent PNG. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
