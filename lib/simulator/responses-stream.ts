/**
 * The Responses API's SSE stream: `event: <type>` frames whose data carries the same `type` and a
 * `sequence_number` — response.created, then per output item output_item.added, its deltas
 * (reasoning_text, output_text, function_call_arguments), their .done, output_item.done, and
 * finally response.completed with usage. Deltas are paced at tokensPerSecond.
 */
import { STREAM_ERROR_BODY } from './errors';
import type { RouteContext } from './http';
import { abortableStream, groqHeaders, markAborted, sleep } from './http';

type Json = Record<string, unknown>;

interface Frame {
  type: string;
  data: Json;
  /** A token delta: paced at tps. */
  paced: boolean;
}

const TICK_MS = 12;

function itemFrames(item: Json, index: number, pieces: (kind: string) => string[]): Frame[] {
  const frame = (type: string, data: Json, paced = false): Frame => ({ type, data, paced });
  const id = item.id;
  const at = { item_id: id, output_index: index };
  switch (item.type) {
    case 'reasoning': {
      const text = pieces('reasoning');
      return [
        frame('response.output_item.added', { output_index: index, item: { ...item, content: [] } }),
        ...text.map((delta) =>
          frame('response.reasoning_text.delta', { ...at, content_index: 0, delta }, true),
        ),
        frame('response.reasoning_text.done', { ...at, content_index: 0, text: text.join('') }),
        frame('response.output_item.done', { output_index: index, item }),
      ];
    }
    case 'message': {
      const text = pieces('content');
      const part = { type: 'output_text', text: text.join(''), annotations: [] };
      return [
        frame('response.output_item.added', {
          output_index: index,
          item: { ...item, status: 'in_progress', content: [] },
        }),
        frame('response.content_part.added', { ...at, content_index: 0, part: { ...part, text: '' } }),
        ...text.map((delta) => frame('response.output_text.delta', { ...at, content_index: 0, delta }, true)),
        frame('response.output_text.done', { ...at, content_index: 0, text: part.text }),
        frame('response.content_part.done', { ...at, content_index: 0, part }),
        frame('response.output_item.done', { output_index: index, item }),
      ];
    }
    case 'function_call':
      return [
        frame('response.output_item.added', {
          output_index: index,
          item: { ...item, status: 'in_progress', arguments: '' },
        }),
        frame('response.function_call_arguments.delta', { ...at, delta: item.arguments }, true),
        frame('response.function_call_arguments.done', { ...at, arguments: item.arguments }),
        frame('response.output_item.done', { output_index: index, item }),
      ];
    default:
      return [
        frame('response.output_item.added', { output_index: index, item }),
        frame('response.output_item.done', { output_index: index, item }),
      ];
  }
}

export interface ResponsesStreamPlan {
  created: Json;
  completed: Json;
  items: Json[];
  reasoningPieces: string[];
  contentPieces: string[];
  firstTokenMs: number;
  tps: number;
  cut: boolean;
  streamError: boolean;
}

export function streamResponse(ctx: RouteContext, plan: ResponsesStreamPlan): Response {
  const encoder = new TextEncoder();
  ctx.log.stream = true;
  ctx.log.status = 200;
  const pieces = (kind: string) => (kind === 'reasoning' ? plan.reasoningPieces : plan.contentPieces);
  const frames: Frame[] = [
    { type: 'response.created', data: { response: plan.created }, paced: false },
    ...plan.items.flatMap((item, index) => itemFrames(item, index, pieces)),
    { type: 'response.completed', data: { response: plan.completed }, paced: false },
  ];
  const faultAt = plan.cut || plan.streamError ? Math.floor(frames.length / 2) : -1;

  const run = async (controller: ReadableStreamDefaultController<Uint8Array>, signal: AbortSignal) => {
    let sequence = 0;
    const send = (type: string, data: Json) => {
      const body = { type, sequence_number: sequence++, ...data };
      controller.enqueue(encoder.encode(`event: ${type}\ndata: ${JSON.stringify(body)}\n\n`));
    };
    const aborted = () => {
      markAborted(ctx.log);
      try {
        controller.error(new DOMException('The client aborted the request', 'AbortError'));
      } catch {
        // already cancelled
      }
    };
    const first = frames[0] as Frame;
    send(first.type, first.data);
    if (!(await sleep(plan.firstTokenMs, signal))) return aborted();
    const start = performance.now();
    let paced = 0;
    for (let i = 1; i < frames.length; i += 1) {
      if (i === faultAt) {
        if (plan.cut) {
          ctx.log.closedAt = Date.now();
          controller.error(new Error('Simulated connection cut ([sim:cut])'));
          return;
        }
        send('error', { code: 'internal_server_error', message: STREAM_ERROR_BODY.message, param: null });
        ctx.log.completedAt = Date.now();
        controller.close();
        return;
      }
      const frame = frames[i] as Frame;
      if (frame.paced && plan.tps > 0) {
        paced += 1;
        const wait = (paced * 1000) / plan.tps - (performance.now() - start);
        if (wait >= TICK_MS && !(await sleep(wait, signal))) return aborted();
      }
      if (signal.aborted) return aborted();
      send(frame.type, frame.data);
    }
    ctx.log.completedAt = Date.now();
    controller.close();
  };

  const body = abortableStream(ctx, run);
  return new Response(body, {
    status: 200,
    headers: groqHeaders(ctx, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' }),
  });
}
