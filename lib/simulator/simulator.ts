/** createSimulator: the Web Fetch handler that routes, authenticates, logs and rate-limits. */

import { BatchStore, handleBatches, type RunChat } from './batches';
import { handleChat } from './chat';
import { ApiError, invalidApiKey, requestsRateLimited, unknownUrl } from './errors';
import { FileStore, handleFiles } from './files';
import type { RouteContext } from './http';
import { errorResponse, jsonResponse, plainJson } from './http';
import { requestId } from './ids';
import { RequestLogStore, type SimulatorRequestLog } from './log';
import { listModels, retrieveModel } from './models';
import { resolveOptions, type SimulatorOptions } from './options';
import { RateLimiter } from './rate-limit';
import { handleResponses } from './responses';
import { handleAudio } from './stt';
import { handleSpeech } from './tts';

export interface Simulator {
  handle(request: Request): Promise<Response>;
  /** Every /openai/v1 request so far (oldest first; capped at options.maxLogEntries). */
  readonly requests: SimulatorRequestLog[];
  /** Clears the request log and refills the rate-limit budgets. */
  reset(): void;
  options: SimulatorOptions;
}

const API_PREFIX = '/openai/v1';

interface BatchApi {
  files: FileStore;
  batches: BatchStore;
}

async function route(ctx: RouteContext, api: BatchApi): Promise<Response> {
  const method = ctx.request.method.toUpperCase();
  const path = ctx.url.pathname.replace(/\/+$/, '') || '/';
  const sub = path.slice(API_PREFIX.length);
  if (method === 'GET' && sub === '/models') return jsonResponse(ctx, 200, listModels(ctx.options.era));
  if (method === 'GET' && sub.startsWith('/models/')) {
    const id = decodeURIComponent(sub.slice('/models/'.length));
    ctx.log.model = id;
    return jsonResponse(ctx, 200, retrieveModel(ctx.options.era, id));
  }
  if (method === 'POST' && sub === '/chat/completions') return handleChat(ctx);
  if (method === 'POST' && sub === '/responses') return handleResponses(ctx);
  if (method === 'POST' && sub === '/audio/transcriptions') return handleAudio(ctx, 'transcribe');
  if (method === 'POST' && sub === '/audio/translations') return handleAudio(ctx, 'translate');
  if (method === 'POST' && sub === '/audio/speech') return handleSpeech(ctx);
  if (sub.startsWith('/files')) {
    const response = await handleFiles(ctx, api.files, method, sub);
    if (response) return response;
  }
  if (sub.startsWith('/batches')) {
    const response = await handleBatches(ctx, api.batches, method, sub);
    if (response) return response;
  }
  throw unknownUrl(method, ctx.url.pathname);
}

function bearerKey(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  return header ? /^Bearer\s+(.+)$/i.exec(header.trim())?.[1]?.trim() : undefined;
}

export function createSimulator(overrides: Partial<SimulatorOptions> = {}): Simulator {
  const options = resolveOptions(overrides);
  const log = new RequestLogStore(options.maxLogEntries, options.maxLogBytes);
  const rate = new RateLimiter(options.limitRequests, options.limitTokens);
  // A batch's requests run through the chat handler at full speed, outside the request log.
  const runChat: RunChat = async (body) => {
    const url = new URL(`http://simulator${API_PREFIX}/chat/completions`);
    const request = new Request(url, { method: 'POST', body: JSON.stringify(body) });
    const entry: SimulatorRequestLog = {
      id: 0,
      method: 'POST',
      path: url.pathname,
      receivedAt: Date.now(),
      authorized: true,
      authorization: 'bearer',
      contentType: 'application/json',
      body,
      status: 0,
      stream: false,
      aborted: false,
    };
    const ctx: RouteContext = {
      request,
      url,
      log: entry,
      requestId: requestId(),
      options: { ...options, tokensPerSecond: 0, firstTokenDelayMs: 0 },
      rate,
    };
    let response: Response;
    try {
      response = await handleChat(ctx);
    } catch (error) {
      response =
        error instanceof ApiError
          ? errorResponse(ctx, error)
          : errorResponse(
              ctx,
              new ApiError(500, { message: 'Internal Server Error', type: 'internal_server_error' }),
            );
    }
    return { status: response.status, requestId: ctx.requestId, body: await response.json() };
  };
  const files = new FileStore({ count: options.maxStoredFiles, size: options.maxStoredFileBytes });
  const batches = new BatchStore(files, runChat, options.batchStepMs, {
    count: options.maxBatches,
    size: options.maxBatchLines,
  });
  const api: BatchApi = { files, batches };

  async function handleApi(request: Request, url: URL): Promise<Response> {
    const bearer = bearerKey(request);
    const authorized = bearer !== undefined && bearer === options.apiKey;
    const entry = log.add({
      method: request.method.toUpperCase(),
      path: url.pathname,
      receivedAt: Date.now(),
      authorized,
      authorization: bearer !== undefined ? 'bearer' : 'missing',
      contentType: request.headers.get('content-type'),
    });
    const ctx: RouteContext = { request, url, log: entry, requestId: requestId(), options, rate };
    try {
      if (!authorized) throw invalidApiKey();
      if (options.enforceRateLimits && rate.check(0) === 'requests') {
        throw requestsRateLimited(Math.ceil(rate.snapshot().resetRequestsSeconds), options.limitRequests);
      }
      rate.consumeRequest();
      return await route(ctx, api);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(ctx, error);
      const message = error instanceof Error ? error.message : String(error);
      return errorResponse(
        ctx,
        new ApiError(500, { message: `Internal Server Error: ${message}`, type: 'internal_server_error' }),
      );
    }
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    if (url.pathname === '/health' && method === 'GET') return plainJson(200, { status: 'ok' });
    if (url.pathname.startsWith('/_simulator/') && options.inspectable) {
      // The log holds every prompt: only a client holding the simulator's key may read or clear it.
      if (bearerKey(request) !== options.apiKey) {
        return plainJson(401, {
          error: {
            ...invalidApiKey().body,
            message:
              "The simulator's request log needs its key: send Authorization: Bearer <the simulator's API key>.",
          },
        });
      }
      if (url.pathname === '/_simulator/requests') {
        if (method === 'GET') return plainJson(200, log.all);
        if (method === 'DELETE') {
          log.clear();
          return plainJson(200, { cleared: true });
        }
      }
    }
    if (url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`))
      return handleApi(request, url);
    const error = unknownUrl(method, url.pathname);
    return plainJson(error.status, { error: error.body });
  }

  return {
    handle,
    get requests() {
      return log.all;
    },
    reset() {
      log.clear();
      rate.reset();
    },
    options,
  };
}
