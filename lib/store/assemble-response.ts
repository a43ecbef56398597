import type { ConversationMessage } from './conversation-slice';

/** The completion as Groq would have returned it without streaming, rebuilt from the events. */
export function assembleResponse(message: ConversationMessage): Record<string, unknown> | null {
  const answer = message.answer;
  if (!answer) return null;
  return {
    id: answer.completionId ?? null,
    object: 'chat.completion',
    created: answer.startedAt ? Math.floor(answer.startedAt / 1000) : null,
    model: answer.model,
    ...(answer.mcpLists?.length
      ? { mcp_list_tools: answer.mcpLists.map((list) => ({ type: 'mcp_list_tools', ...list })) }
      : {}),
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: message.content,
          ...(answer.reasoning ? { reasoning: answer.reasoning } : {}),
          ...(message.toolCalls?.length ? { tool_calls: message.toolCalls } : {}),
          ...(answer.executedTools?.length ? { executed_tools: answer.executedTools } : {}),
          ...(answer.annotations?.length ? { annotations: answer.annotations } : {}),
        },
        finish_reason: answer.finishReason ?? null,
      },
    ],
    usage: answer.usage ?? null,
    x_groq: { id: answer.requestId ?? null },
    ...(answer.error ? { error: answer.error } : {}),
  };
}

export interface RateLimitSummary {
  remainingRequests: string | null;
  limitRequests: string | null;
  remainingTokens: string | null;
  limitTokens: string | null;
  resetRequests: string | null;
  resetTokens: string | null;
}

export function summarizeRateLimit(headers: Record<string, string> | undefined): RateLimitSummary {
  const h = headers ?? {};
  return {
    remainingRequests: h['x-ratelimit-remaining-requests'] ?? null,
    limitRequests: h['x-ratelimit-limit-requests'] ?? null,
    remainingTokens: h['x-ratelimit-remaining-tokens'] ?? null,
    limitTokens: h['x-ratelimit-limit-tokens'] ?? null,
    resetRequests: h['x-ratelimit-reset-requests'] ?? null,
    resetTokens: h['x-ratelimit-reset-tokens'] ?? null,
  };
}
