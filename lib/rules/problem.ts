/**
 * What the rules say about a request: each problem names the setting it concerns, what is wrong in
 * words a person understands, and what the user can do. Blocking problems hold Submit back; a notice
 * says how the request is sent differently from what was chosen (the panel shows it next to the field).
 */
import type { ReasoningFormat } from '../models/capabilities';

export type ResponseFormatSetting = 'text' | 'json_object' | 'json_schema';

/** A settings change that fixes a problem (a button's label and what it sets). */
export interface ProblemFix {
  label: string;
  patch: {
    responseFormat?: ResponseFormatSetting;
    reasoningFormat?: ReasoningFormat | null;
    maxCompletionTokens?: number;
  };
}

/** The setting (or part of the request) a problem is about; panels pick theirs by it. */
export type ProblemField =
  | 'model'
  | 'messages'
  | 'images'
  | 'maxCompletionTokens'
  | 'reasoningEffort'
  | 'reasoningFormat'
  | 'includeReasoning'
  | 'responseFormat'
  | 'jsonSchema'
  | 'stream'
  | 'tools'
  | 'builtInTools'
  | 'parallelToolCalls'
  | 'mcpServers'
  | 'api'
  | 'variables'
  | 'request';

export interface Problem {
  field: ProblemField;
  /** Stable name of the rule, e.g. `raw-with-tools`; tests and components match on it. */
  code: string;
  message: string;
  fix?: ProblemFix;
  /** True: Submit is held. False: a notice, the request is sent as the message says. */
  blocking: boolean;
}

export const blockingProblems = (problems: readonly Problem[]) => problems.filter((p) => p.blocking);
export const notices = (problems: readonly Problem[]) => problems.filter((p) => !p.blocking);

/** The notices and problems about one field, for the panel that shows it. */
export function problemsFor(problems: readonly Problem[], field: ProblemField): Problem[] {
  return problems.filter((p) => p.field === field);
}
