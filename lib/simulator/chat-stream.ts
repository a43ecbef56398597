/**
 * SSE streaming for chat completions in Groq's chunk format: a role chunk (with x_groq.id), one chunk
 * per token paced at tokensPerSecond (several per timer tick at high rates), a final chunk with
 * finish_reason and x_groq.usage, then `data: [DONE]`. Handles client aborts and the cut/stream_error
 * faults.
 */
import type { ToolCall } from './chat-types';
import { STREAM_ERROR_BODY } from './errors';
import type { Generation } from './generate';
import type { RouteContext } from './http';
import { abortableStream, groqHeaders, markAborted, sleep } from './http';
import type { Usage } from './usage';

export interface CompletionBase {
  id: string;
  created: number;
  model: string;
  system_fingerprint: string;
  service_tier: string;
}

export interface StreamPlan {
  base: CompletionBase;
  generation: Generation;
  usage: Usage;
  includeUsage: boolean;
  /** Delay before the first content token. */
  firstTokenMs: number;
  /** 0 = no pacing. */
  tps: number;
  cut: boolean;
  streamError: boolean;
  /** Top-level fields of the first chunk only (`mcp_list_tools`, as Groq sends it). */
  firstChunkFields?: object;
}

/** Smallest gap between timer ticks; at high rates each tick emits every token that is due. */
const TICK_MS = 12;

export class SimulatedCutError extends Error {
  constructor() {
    super('Simulated connection cut ([sim:cut])');
  }
}

function event(plan: StreamPlan, choices: object[], extra: object = {}): string {
  const body = {
    id: plan.base.id,
    object: 'chat.completion.chunk',
    created: plan.base.created,
    model: plan.base.model,
    system_fingerprint: plan.base.system_fingerprint,
    service_tier: plan.base.service_tier,
    choices,
    ...extra,
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

function chunk(plan: StreamPlan, delta: object, finish: string | null, xGroq?: object): string {
  const choice = { index: 0, delta, logprobs: null, finish_reason: finish };
  return event(plan, [choice], xGroq ? { x_groq: xGroq } : {});
}

/** Each executed tool in two fragments (what ran, then what it returned), merged by index downstream. */
function executedToolDeltas(generation: Generation): object[] {
  return (generation.executedTools ?? []).flatMap(({ index, type, arguments: args, ...rest }) => {
    const { server_label, name, ...results } = rest;
    const which = server_label === undefined ? {} : { server_label, name };
    return [
      { executed_tools: [{ index, type, ...which, arguments: args }] },
      { executed_tools: [{ index, ...results }] },
    ];
  });
}

function toolCallDeltas(calls: readonly ToolCall[]): object[] {
  return calls.map((call, index) => ({ index, id: call.id, type: call.type, function: call.function }));
}

export function streamCompletion(ctx: RouteContext, plan: StreamPlan): Response {
  const encoder = new TextEncoder();
  ctx.log.stream = true;
  ctx.log.status = 200;

  const run = async (controller: ReadableStreamDefaultController<Uint8Array>, signal: AbortSignal) => {
    const send = (text: string) => controller.enqueue(encoder.encode(text));
    const stopForAbort = () => {
      markAborted(ctx.log);
      try {
        controller.error(new DOMException('The client aborted the request', 'AbortError'));
      } catch {
        // already cancelled
      }
    };
    const { generation } = plan;
    const choice = {
      index: 0,
      delta: { role: 'assistant', content: '' },
      logprobs: null,
      finish_reason: null,
    };
    send(event(plan, [choice], { x_groq: { id: ctx.requestId }, ...plan.firstChunkFields }));
    if (!(await sleep(plan.firstTokenMs, signal))) return stopForAbort();

    const deltas: object[] = [
      ...generation.reasoningPieces.map((reasoning) => ({ reasoning })),
      ...executedToolDeltas(generation),
      ...generation.pieces.map((content) => ({ content })),
      ...(generation.annotations ? [{ annotations: generation.annotations }] : []),
    ];
    const faultAt = plan.cut || plan.streamError ? Math.floor(deltas.length / 2) : -1;
    const limit = faultAt >= 0 ? faultAt : deltas.length;
    if (generation.toolCalls) {
      send(chunk(plan, { tool_calls: toolCallDeltas(generation.toolCalls) }, null));
    }
    const start = performance.now();
    let sent = 0;
    while (sent < limit) {
      if (signal.aborted) return stopForAbort();
      const elapsed = performance.now() - start;
      const due = plan.tps > 0 ? Math.min(limit, Math.floor((elapsed * plan.tps) / 1000) + 1) : limit;
      for (; sent < due; sent += 1) send(chunk(plan, deltas[sent] ?? { content: '' }, null));
      if (sent >= limit) break;
      const nextDueMs = (sent * 1000) / plan.tps - (performance.now() - start);
      if (!(await sleep(Math.max(TICK_MS, nextDueMs), signal))) return stopForAbort();
    }
    if (signal.aborted) return stopForAbort();
    if (plan.cut) {
      ctx.log.closedAt = Date.now();
      controller.error(new SimulatedCutError());
      return;
    }
    if (plan.streamError) {
      send(`data: ${JSON.stringify({ error: STREAM_ERROR_BODY })}\n\n`);
    } else {
      const usage = plan.usage;
      send(chunk(plan, {}, generation.finishReason, { id: ctx.requestId, usage }));
      if (plan.includeUsage) send(event(plan, [], { usage }));
      send('data: [DONE]\n\n');
    }
    ctx.log.completedAt = Date.now();
    controller.close();
  };

  const body = abortableStream(ctx, run);
  const headers = groqHeaders(ctx, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
  });
  return new Response(body, { status: 200, headers });
}
