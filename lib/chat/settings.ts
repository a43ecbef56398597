/** The settings a request is built from: one pane's parameters and the settings every pane shares. */

import type { ReasoningEffort, ReasoningFormat } from '../models/catalog';
import type { ResponseFormatSetting } from '../rules/problem';
import type { GroundingSettings } from './grounding';
import type { ToolChoiceSetting, ToolDraft } from './tools';

export type { ReasoningEffort, ReasoningFormat, ResponseFormatSetting };

export interface Parameters {
  temperature: number;
  maxCompletionTokens: number;
  topP: number;
  seed: number | null;
  stop: string[];
  stream: boolean;
  /** Text, JSON Object (`json_object`) or JSON Schema (`json_schema` with `jsonSchema`). */
  responseFormat: ResponseFormatSetting;
  /** The JSON Schema textbox: `{name, schema, strict?}` or a bare schema. */
  jsonSchema: string;
  jsonSchemaStrict: boolean;
  moderation: boolean;
  /** Sent only to models that take it; null = not sent (Groq's default applies). */
  reasoningFormat: ReasoningFormat | null;
  /** Sent only when the model takes this value; null = the model's default (not sent). */
  reasoningEffort: ReasoningEffort | null;
  /** Off sends `include_reasoning: false` (gpt-oss); on is Groq's default and is not sent. */
  includeReasoning: boolean;
  /** '' = not sent (Groq's default, on_demand). */
  serviceTier: ServiceTierSetting;
}

export type ServiceTierSetting = '' | 'auto' | 'on_demand' | 'flex' | 'performance';

export interface PaneSettings extends Parameters {
  id: string;
  /** '' until the live model list picks a default (no saved or linked choice). */
  model: string;
}

/** Tool settings survive "Reset parameters": they are the user's work, not tuning. */
export interface ToolSettings {
  tools: ToolDraft[];
  toolChoice: ToolChoiceSetting;
  parallelToolCalls: boolean;
}

/** Built-in tool switches, documents and Citations are shared by every pane (one grounding to compare). */
export interface SharedSettings extends ToolSettings, GroundingSettings {
  system: string;
}

/** What `setModel` is told about a model's live limits (the query's data; never copied into the store). */
