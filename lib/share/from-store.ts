/** Between the store and a share state: what goes into a link (pane 1, and every pane while comparing). */
import { shareableMcpServers } from '../mcp/settings';
import type { AnswerMeta, ConversationMessage } from '../store/conversation-slice';
import { withoutLargePngs } from '../store/large-pngs';
import type { PlaygroundState } from '../store/playground-types';
import { isInlineImage } from '../store/safe-storage';
import type { PaneSettings } from '../store/settings-slice';
import type { SharedAnswer, ShareState } from './share-schema';

/** An answer's model and statistics as the link carries them (an answer still streaming: none). */
function sharedAnswer(answer: AnswerMeta | undefined): SharedAnswer | undefined {
  if (!answer || answer.status === 'streaming') return undefined;
  return {
    model: answer.model,
    status: answer.status,
    ...(answer.firstTokenAt !== undefined ? { timeToFirstTokenMs: answer.firstTokenAt - answer.sentAt } : {}),
    ...(answer.finishedAt !== undefined ? { totalMs: answer.finishedAt - answer.sentAt } : {}),
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

function sharedParameters(pane: PaneSettings): ShareState['parameters'] {
  return {
    temperature: pane.temperature,
    maxCompletionTokens: pane.maxCompletionTokens,
    topP: pane.topP,
    seed: pane.seed,
    stop: pane.stop,
    stream: pane.stream,
    responseFormat: pane.responseFormat,
    jsonSchema: pane.jsonSchema,
    jsonSchemaStrict: pane.jsonSchemaStrict,
    moderation: pane.moderation,
    reasoningFormat: pane.reasoningFormat,
    reasoningEffort: pane.reasoningEffort,
    includeReasoning: pane.includeReasoning,
    serviceTier: pane.serviceTier,
  };
}

export type SnapshotSource = Pick<
  PlaygroundState,
  | 'panes'
  | 'system'
  | 'tools'
  | 'toolChoice'
  | 'parallelToolCalls'
  | 'compare'
  | 'syncChat'
  | 'browserSearch'
  | 'codeExecution'
  | 'documents'
  | 'citations'
> &
  Partial<Pick<PlaygroundState, 'paneThreads' | 'mcpServers' | 'mcpHeaders'>>;

export function snapshotForShare(
  settings: SnapshotSource,
  messages: readonly ConversationMessage[],
  variables: Readonly<Record<string, string>> = {},
): SnapshotResult {
  let omittedImages = 0;
  let omittedCodeImages = 0;
  const share = (list: readonly ConversationMessage[]) =>
    list.map((m) => {
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
  const shared = share(messages);
  const [first, ...others] = settings.panes;
  const pane1 = first as PaneSettings;
  return {
    omittedImages,
    omittedCodeImages,
    state: {
      v: 6,
      model: pane1.model,
      system: settings.system,
      messages: shared,
      ...(Object.keys(variables).length > 0 ? { variables: { ...variables } } : {}),
      parameters: sharedParameters(pane1),
      tools: settings.tools.map(({ name, description, parameters }) => ({ name, description, parameters })),
      toolChoice: settings.toolChoice,
      parallelToolCalls: settings.parallelToolCalls,
      grounding: {
        browserSearch: settings.browserSearch,
        codeExecution: settings.codeExecution,
        documents: settings.documents.map(({ id, text }) => ({ id, text })),
        citations: settings.citations,
      },
      // Header values are secrets: a link carries the servers, the receiver types the headers.
      ...(settings.mcpServers?.length
        ? { mcpServers: shareableMcpServers(settings.mcpServers, settings.mcpHeaders ?? {}) }
        : {}),
      ...(settings.compare && others.length > 0
        ? {
            compare: {
              syncChat: settings.syncChat,
              // With Sync chat on each pane has its own answers: they travel with it.
              panes: others.map((pane) => {
                const thread = settings.syncChat ? settings.paneThreads?.[pane.id] : undefined;
                return {
                  model: pane.model,
                  parameters: sharedParameters(pane),
                  ...(thread ? { messages: share(thread) } : {}),
                };
              }),
            },
          }
        : {}),
    },
  };
}

/** An answer's executed tools (large PNGs left out, counted) and citations. */
function answerExtras(message: ConversationMessage, omit: (images: number) => void) {
  const answer = message.answer;
  const executed = answer?.executedTools?.length ? withoutLargePngs(answer.executedTools) : null;
  if (executed) omit(executed.omittedImages);
  return {
    ...(executed ? { executedTools: executed.tools } : {}),
    ...(answer?.annotations?.length ? { annotations: answer.annotations } : {}),
  };
}
