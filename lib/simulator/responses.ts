/**
 * POST /openai/v1/responses: the Responses API over the chat pipeline (same validation, triggers,
 * MCP servers and generation), answered as a response object or its SSE event stream.
 */

import { cutResponse, readJson, servedTier } from './chat';
import { checkChatForModel } from './chat-model-checks';
import { countPromptTokens, isRecord, lastOfRole, messageText } from './chat-types';
import { parseChatRequest } from './chat-validate';
import { capacityExceeded, modelNotFound, rateLimited, serverError } from './errors';
import { generate } from './generate';
import type { RouteContext } from './http';
import { jsonResponse, markAborted, sleep } from './http';
import { findEraModel } from './lineups';
import { parseMcpServers, runMcpServers } from './mcp';
import { withMcpResults } from './mcp-answer';
import { chatBodyFromResponses } from './responses-input';
import { itemId, outputItems, responseObject, responsesUsage } from './responses-output';
import { streamResponse } from './responses-stream';
import { parseTriggers, stripTriggers } from './triggers';
import { buildUsage, usageDetails } from './usage';

const MAX_NON_STREAM_WAIT_MS = 2000;

export async function handleResponses(ctx: RouteContext): Promise<Response> {
  const body = await readJson(ctx);
  const chatBody = chatBodyFromResponses(body);
  const raw = body as Record<string, unknown>;
  const stream = raw.stream === true;
  ctx.log.stream = stream;
  const request = parseChatRequest(chatBody);
  const mcpServers = parseMcpServers(chatBody.tools);
  const model = findEraModel(ctx.options.era, request.model);
  if (!model) throw modelNotFound(request.model);
  const promptTokens = checkChatForModel(request, model);
  const triggers = parseTriggers(
    messageText(lastOfRole(request.messages, 'user')),
    messageText(lastOfRole(request.messages, 'system')),
    ctx.options.slowFirstTokenMs,
  );
  if (triggers.status === 429) throw rateLimited(model.id, triggers.retryAfter ?? 7, ctx.options.limitTokens);
  if (triggers.status) throw serverError(triggers.status);
  const tier = servedTier(request.serviceTier);
  if (triggers.flexFull && tier === 'flex') throw capacityExceeded();

  const prompt = stripTriggers(messageText(lastOfRole(request.messages, 'user')));
  const mcp = await runMcpServers(
    mcpServers,
    request,
    model,
    prompt,
    ctx.options.mcpAllowedHosts,
    ctx.request.signal,
  );
  const generation = withMcpResults(
    generate(request, model, triggers, ctx.options.answerTokens),
    mcp,
    request.maxTokens,
  );
  const requested = promptTokens + generation.completionTokens;
  if (ctx.options.enforceRateLimits && ctx.rate.check(requested) === 'tokens') {
    const seconds = Math.max(1, Math.ceil(ctx.rate.secondsUntilTokens(requested)));
    throw rateLimited(model.id, seconds, ctx.options.limitTokens);
  }
  ctx.rate.consumeTokens(requested);
  const tps = triggers.tps ?? ctx.options.tokensPerSecond;
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
