/**
 * Remote MCP servers and the Responses API: which models take `{type: "mcp"}` tools (the capability
 * table's `mcp`), and which settings the Responses API has no place for (marked, never dropped
 * silently). Pure.
 */

import { isMcpTool } from '../mcp/tool-fields';
import type { NotSentSetting } from '../responses/from-chat';
import type { Problem } from './problem';
import { type Rule, when } from './rule';

export const MCP_RULES: readonly Rule[] = [
  {
    code: 'mcp-unsupported',
    field: 'mcpServers',
    refusedByGroq: true,
    check: (body, model) => {
      const labels = (body.tools ?? []).filter(isMcpTool).map((tool) => tool.server_label);
      return when(model.known && labels.length > 0 && !model.capabilities.mcp, () => ({
        path: ['tools'],
        message: `${model.name} does not support remote MCP servers: turn off ${labels.join(', ')} under Tools, or choose a model that takes tools.`,
        groq: `\`mcp\` tools are not supported with model \`${body.model}\``,
      }));
    },
  },
];

/** How the Responses-only notices name a chat setting (the panel's label). */
const SETTING_LABELS: Record<string, string> = {
  stop: 'Stop Sequences',
  n: 'n',
  seed: 'Seed',
  include_reasoning: 'Include Reasoning',
  reasoning_format: 'Reasoning Format',
  documents: 'Documents',
  citation_options: 'Citations',
  guard: 'Moderation',
  service_tier: 'Service Tier',
  prefill: 'Prefill (the last assistant turn)',
  frequency_penalty: 'Frequency Penalty',
  presence_penalty: 'Presence Penalty',
};

export const NOT_SENT_WITH_RESPONSES = 'Not sent with the Responses API';

/** One notice per chat setting the Responses API does not take (Submit still sends the rest). */
export function responsesNotices(notSent: readonly NotSentSetting[]): Problem[] {
  return notSent.map(({ field, reason }) => ({
    field: 'api',
    code: `responses-not-sent:${field}`,
    message: `${SETTING_LABELS[field] ?? field}: ${NOT_SENT_WITH_RESPONSES} (${reason}).`,
    blocking: false,
  }));
}
