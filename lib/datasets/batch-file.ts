/**
 * Groq Batch input and output files: one JSONL line per dataset row (`custom_id` = the row key, the
 * exact non-streaming request Submit would send, without the playground-only `guard`), and the
 * output/error lines joined back to the rows by `custom_id` (Groq does not keep the order).
 */
import type { ChatRequest } from '../schema/chat-request';
import { toGroqRequestBody } from '../schema/request-helpers';

export const BATCH_ENDPOINT = '/v1/chat/completions';
/** Groq's documented limits for a batch input file; the smaller size (SDK, API reference) applies. */
export const MAX_BATCH_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_BATCH_LINES = 50_000;
export const COMPLETION_WINDOWS = ['24h', '48h', '72h', '7d'] as const;
export type CompletionWindow = (typeof COMPLETION_WINDOWS)[number];

export interface BatchLine {
  custom_id: string;
  method: 'POST';
  url: typeof BATCH_ENDPOINT;
  body: Omit<ChatRequest, 'guard'>;
}

export function batchLine(customId: string, request: ChatRequest): BatchLine {
  const body = toGroqRequestBody({ ...request, stream: false });
  return { custom_id: customId, method: 'POST', url: BATCH_ENDPOINT, body };
}

export function buildBatchJsonl(lines: readonly BatchLine[]): string {
  return `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`;
}

/** What one output or error line says about one row. */
export interface BatchRowResult {
  customId: string;
  status: 'done' | 'error';
  answer: string;
  statusCode: number | null;
  error: string | null;
  promptTokens: number | null;
  completionTokens: number | null;
  /** Seconds Groq spent (`usage.total_time`), when it says. */
  seconds: number | null;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

function errorText(value: unknown): string | null {
  const inner = record(record(value)?.error) ?? record(value);
  if (!inner) return typeof value === 'string' ? value : null;
  const message = typeof inner.message === 'string' ? inner.message : JSON.stringify(inner);
  return typeof inner.code === 'string' ? `${inner.code}: ${message}` : message;
}

/** One line of an output or error file, or null when the line is not a batch result. */
export function parseBatchResultLine(text: string): BatchRowResult | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const line = record(data);
  if (!line || typeof line.custom_id !== 'string') return null;
  const response = record(line.response);
  const statusCode = num(response?.status_code);
  const body = record(response?.body);
  const choice = record((body?.choices as unknown[] | undefined)?.[0]);
  const message = record(choice?.message);
  const usage = record(body?.usage);
  const failed = line.error != null || (statusCode !== null && statusCode >= 400) || !choice;
  return {
    customId: line.custom_id,
    status: failed ? 'error' : 'done',
    answer: typeof message?.content === 'string' ? message.content : '',
    statusCode,
    error: failed ? (errorText(line.error) ?? errorText(body) ?? `HTTP ${statusCode ?? '?'}`) : null,
    promptTokens: num(usage?.prompt_tokens),
    completionTokens: num(usage?.completion_tokens),
    seconds: num(usage?.total_time),
  };
}

/** Adds one output or error line to `byId` (a later line for the same `custom_id` wins). */
export function addBatchResultLine(byId: Map<string, BatchRowResult>, raw: string): void {
  if (raw.trim() === '') return;
  const result = parseBatchResultLine(raw);
  if (result) byId.set(result.customId, result);
}

/** Output and error files joined by `custom_id` (a later line for the same id wins). */
export function joinBatchResults(...files: readonly string[]): Map<string, BatchRowResult> {
  const byId = new Map<string, BatchRowResult>();
  for (const file of files) for (const raw of file.split(/\r?\n/)) addBatchResultLine(byId, raw);
  return byId;
}
