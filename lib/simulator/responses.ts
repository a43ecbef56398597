/**
 * POST /openai/v1/responses: the Responses API over the chat pipeline (same validation, triggers,
 * MCP servers and generation), answered as a response object or its SSE event stream.
 */

import { cutResponse, prepareAnswer, readJson } from './chat';
import { countPromptTokens, isRecord } from './chat-types';
import { parseChatRequest } from './chat-validate';
import { serverError } from './errors';
import type { RouteContext } from './http';
import { jsonResponse, markAborted, sleep } from './http';
import { chatBodyFromResponses } from './responses-input';
import { itemId, outputItems, responseObject, responsesUsage } from './responses-output';
import { streamResponse } from './responses-stream';
import { buildUsage, usageDetails } from './usage';

const MAX_NON_STREAM_WAIT_MS = 2000;

export async function handleResponses(ctx: RouteContext): Promise<Response> {
  const body = await readJson(ctx);
  const chatBody = chatBodyFromResponses(body);
  const raw = body as Record<string, unknown>;
  const stream = raw.stream === true;
  ctx.log.stream = stream;
  const request = parseChatRequest(chatBody);
  const { model, promptTokens, triggers, tier, mcp, generation, tps } = await prepareAnswer(
    ctx,
    request,
    chatBody.tools,
  );
  const usage = {
    ...buildUsage(generation.seed, promptTokens, generation.completionTokens, tps),
    ...usageDetails(generation.reasoningTokens, countPromptTokens(request.messages.slice(0, -1))),
  };
  const echo = {
    id: itemId('resp'),
    created_at: Math.floor(Date.now() / 1000),
    model: model.id,
    request: isRecord(raw) ? raw : {},
    service_tier: tier,
  };
  const output = outputItems(generation, mcp);
  const completed = responseObject(echo, {
    output,
    usage: responsesUsage(usage),
    incomplete: generation.finishReason === 'length',
  });
  const firstTokenMs =
    ctx.options.firstTokenDelayMs + (triggers.slowMs ?? 0) + (tps > 0 ? usage.queue_time * 1000 : 0);

  if (stream) {
    return streamResponse(ctx, {
      created: responseObject(echo),
      completed,
      items: output,
      reasoningPieces: generation.reasoningPieces,
      contentPieces: generation.pieces,
      firstTokenMs,
      tps,
      cut: triggers.cut,
      streamError: triggers.streamError,
    });
  }
  if (triggers.cut) return cutResponse(ctx);
  if (triggers.streamError) throw serverError(500);
  const generationMs =
    tps > 0 ? Math.min(MAX_NON_STREAM_WAIT_MS, (generation.completionTokens * 1000) / tps) : 0;
  if (!(await sleep(firstTokenMs + generationMs, ctx.request.signal))) markAborted(ctx.log);
  return jsonResponse(ctx, 200, completed);
}
