/** POST /openai/v1/chat/completions: parse, validate, apply triggers, generate, respond (stream or not). */

import { redactMcpHeaders } from '../mcp/redact';
import { checkChatForModel } from './chat-model-checks';
import { type CompletionBase, streamCompletion } from './chat-stream';
import { type ChatRequest, countPromptTokens, isRecord, lastOfRole, messageText } from './chat-types';
import { parseChatRequest } from './chat-validate';
import { capacityExceeded, modelNotFound, rateLimited, serverError, unparsableJson } from './errors';
import { generate } from './generate';
import type { RouteContext } from './http';
import { groqHeaders, jsonResponse, markAborted, sleep } from './http';
import { completionId, systemFingerprint } from './ids';
import { findEraModel } from './lineups';
import { elideLargeStrings } from './log';
import { type McpRun, parseMcpServers, runMcpServers } from './mcp';
import { withMcpResults } from './mcp-answer';
import { parseTriggers, stripTriggers } from './triggers';
import { buildUsage, usageDetails } from './usage';

/** Non-streamed responses wait for the simulated generation time, at most this long (plus any slow delay). */
const MAX_NON_STREAM_WAIT_MS = 2000;

export async function readJson(ctx: RouteContext): Promise<unknown> {
  const raw = await ctx.request.text();
  try {
    const body: unknown = JSON.parse(raw);
    // MCP header values are the user's credentials: the log keeps `***` in their place.
    ctx.log.body = redactMcpHeaders(elideLargeStrings(body));
    if (isRecord(body)) {
      if (typeof body.model === 'string') ctx.log.model = body.model;
      ctx.log.stream = body.stream === true;
    }
    return body;
  } catch {
    ctx.log.body = elideLargeStrings(raw);
    throw unparsableJson();
  }
}

/** A 200 whose body fails at once: the server adapter destroys the socket (the `[sim:cut]` fault). */
export function cutResponse(ctx: RouteContext): Response {
  ctx.log.status = 200;
  ctx.log.closedAt = Date.now();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.error(new Error('Simulated connection cut ([sim:cut])'));
    },
  });
  return new Response(body, {
    status: 200,
    headers: groqHeaders(ctx, { 'content-type': 'application/json' }),
  });
}

/** The tier that serves a request (echoed as `service_tier`): `auto` and no tier mean on_demand here. */
export function servedTier(requested: ChatRequest['serviceTier']): 'on_demand' | 'flex' | 'performance' {
  return requested === 'flex' || requested === 'performance' ? requested : 'on_demand';
}

/**
 * What the chat and Responses endpoints both do before answering: check the request against the
 * model, act on its triggers (errors, a full flex tier), run its MCP servers, generate the answer, and
 * spend its tokens from the rate budget.
 */
export async function prepareAnswer(ctx: RouteContext, request: ChatRequest, tools: unknown) {
  const mcpServers = parseMcpServers(tools);
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
  const mcp: McpRun = await runMcpServers(
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
    const used = ctx.options.limitTokens - ctx.rate.snapshot().remainingTokens;
    throw rateLimited(model.id, seconds, ctx.options.limitTokens, used, requested);
  }
  ctx.rate.consumeTokens(requested);
  const tps = triggers.tps ?? ctx.options.tokensPerSecond;
  return { model, promptTokens, triggers, tier, mcp, generation, tps };
}

export async function handleChat(ctx: RouteContext): Promise<Response> {
  const body = await readJson(ctx);
  const request = parseChatRequest(body);
  const { model, promptTokens, triggers, tier, mcp, generation, tps } = await prepareAnswer(
    ctx,
    request,
    isRecord(body) ? body.tools : undefined,
  );
  const mcpFields = mcp.lists.length > 0 ? { mcp_list_tools: mcp.lists } : {};
  const usage = {
    ...buildUsage(generation.seed, promptTokens, generation.completionTokens, tps),
    ...(ctx.options.era === 'today'
      ? usageDetails(generation.reasoningTokens, countPromptTokens(request.messages.slice(0, -1)))
      : {}),
  };
  const queueMs = tps > 0 ? usage.queue_time * 1000 : 0;
  const firstTokenMs = ctx.options.firstTokenDelayMs + (triggers.slowMs ?? 0) + queueMs;
  const base: CompletionBase = {
    id: completionId(),
    created: Math.floor(Date.now() / 1000),
    model: model.id,
    system_fingerprint: systemFingerprint(model.id),
    service_tier: tier,
  };

  if (request.stream) {
    return streamCompletion(ctx, {
      base,
      generation,
      usage,
      includeUsage: request.includeUsage,
      firstTokenMs,
      tps,
      cut: triggers.cut,
      streamError: triggers.streamError,
      firstChunkFields: mcpFields,
    });
  }
  if (triggers.cut) return cutResponse(ctx);
  if (triggers.streamError) throw serverError(500);

  const generationMs =
    tps > 0 ? Math.min(MAX_NON_STREAM_WAIT_MS, (generation.completionTokens * 1000) / tps) : 0;
  if (!(await sleep(firstTokenMs + generationMs, ctx.request.signal))) markAborted(ctx.log);
  const message = generation.toolCalls
    ? { role: 'assistant', content: null, tool_calls: generation.toolCalls }
    : {
        role: 'assistant',
        content: generation.content,
        ...(generation.reasoning ? { reasoning: generation.reasoning } : {}),
        ...(generation.executedTools ? { executed_tools: generation.executedTools } : {}),
        ...(generation.annotations ? { annotations: generation.annotations } : {}),
      };
  return jsonResponse(ctx, 200, {
    id: base.id,
    object: 'chat.completion',
    created: base.created,
    model: base.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: generation.finishReason }],
    ...mcpFields,
    usage,
    system_fingerprint: base.system_fingerprint,
    service_tier: base.service_tier,
    x_groq: { id: ctx.requestId },
  });
}
