/** Between the stores and a share state: what goes into a link, and how a link fills the playground. */
import type { AnswerMeta, ConversationMessage } from '../store/conversation-store';
import { isInlineImage } from '../store/safe-storage';
import type { SettingsState } from '../store/settings-store';
import { shareableExecutedTools } from './share-grounding';
import type { SharedAnswer, ShareState } from './share-schema';

/** An answer's model and statistics as the link carries them (an answer still streaming: none). */
function sharedAnswer(answer: AnswerMeta | undefined): SharedAnswer | undefined {
  if (!answer || answer.status === 'streaming') return undefined;
  return {
    model: answer.model,
    status: answer.status,
    ...(answer.firstTokenAt !== undefined ? { timeToFirstTokenMs: answer.firstTokenAt - answer.sentAt } : {}),
    ...(answer.usage ? { usage: answer.usage } : {}),
    ...(answer.finishReason !== undefined ? { finishReason: answer.finishReason } : {}),
    ...(answer.requestId !== undefined ? { requestId: answer.requestId } : {}),
    ...(answer.serviceTier !== undefined ? { serviceTier: answer.serviceTier } : {}),
    ...(answer.reasoning ? { reasoning: answer.reasoning } : {}),
  };
}

export interface SnapshotResult {
  state: ShareState;
  /** Uploaded (base64) images left out: links carry only image URLs. */
  omittedImages: number;
  /** PNGs from executed code left out for their size (their text and charts travel). */
  omittedCodeImages: number;
}

export function snapshotForShare(
  settings: SettingsState,
  messages: readonly ConversationMessage[],
  variables: Readonly<Record<string, string>> = {},
): SnapshotResult {
  let omittedImages = 0;
  let omittedCodeImages = 0;
  const shared = messages.map((m) => {
    const images = (m.images ?? []).filter((url) => {
      const inline = url.startsWith('data:') || isInlineImage(url);
      if (inline) omittedImages += 1;
      return !inline;
    });
    return {
      role: m.role,
      content: m.content,
      ...(images.length ? { images } : {}),
      ...(m.toolCalls?.length ? { toolCalls: m.toolCalls } : {}),
      ...(m.toolCallId ? { toolCallId: m.toolCallId } : {}),
      ...(m.toolName ? { toolName: m.toolName } : {}),
      ...(m.role === 'assistant' && sharedAnswer(m.answer) ? { answer: sharedAnswer(m.answer) } : {}),
      ...answerExtras(m, (n) => {
        omittedCodeImages += n;
      }),
    };
  });
  return {
    omittedImages,
    omittedCodeImages,
    state: {
      v: 4,
      model: settings.model,
      system: settings.system,
      messages: shared,
      ...(Object.keys(variables).length > 0 ? { variables: { ...variables } } : {}),
      parameters: {
        temperature: settings.temperature,
        maxCompletionTokens: settings.maxCompletionTokens,
        topP: settings.topP,
        seed: settings.seed,
        stop: settings.stop,
        stream: settings.stream,
        responseFormat: settings.responseFormat,
        jsonSchema: settings.jsonSchema,
        jsonSchemaStrict: settings.jsonSchemaStrict,
        moderation: settings.moderation,
        reasoningFormat: settings.reasoningFormat,
        reasoningEffort: settings.reasoningEffort,
        includeReasoning: settings.includeReasoning,
        serviceTier: settings.serviceTier,
      },
      tools: settings.tools.map(({ name, description, parameters }) => ({ name, description, parameters })),
      toolChoice: settings.toolChoice,
      parallelToolCalls: settings.parallelToolCalls,
      grounding: {
        browserSearch: settings.browserSearch,
        codeExecution: settings.codeExecution,
        documents: settings.documents.map(({ id, text }) => ({ id, text })),
        citations: settings.citations,
      },
    },
  };
}

/** An answer's executed tools (large PNGs left out, counted) and citations. */
function answerExtras(message: ConversationMessage, omit: (images: number) => void) {
  const answer = message.answer;
  const executed = answer?.executedTools?.length ? shareableExecutedTools(answer.executedTools) : null;
  if (executed) omit(executed.omittedImages);
  return {
    ...(executed ? { executedTools: executed.tools } : {}),
    ...(answer?.annotations?.length ? { annotations: answer.annotations } : {}),
  };
}
