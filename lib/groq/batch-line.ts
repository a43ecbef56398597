/**
 * One line of a batch input file, checked as fully as `POST /api/chat` checks a request: the line's
 * envelope (`custom_id` unique in the file, method POST, url /v1/chat/completions), its body by the
 * shared chat request schema (lib/schema), then this deployment's allowlist and token ceiling. What
 * goes upstream is the checked object serialized again, never the bytes that came in: a line like
 * `{"model":"other","model":"allowed"}` is parsed once, and the model checked is the model sent.
 */
import { z } from 'zod';
import { BATCH_ENDPOINT, type BatchLine } from '../datasets/batch-file';
import { invalidRequest, PlaygroundError } from '../errors';
import type { CatalogModel } from '../models/catalog';
import { parseChatRequestForModel } from '../rules/parse-chat-request';
import { completionTokenLimit } from '../schema/completion-tokens';
import { toGroqRequestBody } from '../schema/request-helpers';
import { jsonDepth, MAX_JSON_DEPTH } from '../security/json-depth';

/** Longest `custom_id` accepted (the file's ids are kept to find duplicates; this bounds them). */
export const MAX_CUSTOM_ID_LENGTH = 512;

export interface BatchLineLimits {
  ALLOWED_MODELS: readonly string[];
  /** 0 = no ceiling. */
  MAX_COMPLETION_TOKENS_CEILING: number;
  /**
   * Write the counted maximum into a line that gives none, so Groq generates no more than was
   * counted (set when a ceiling or a token budget is in force).
   */
  pinMaximum: boolean;
}

export type DecodedLine =
  | { ok: true; value: unknown; model: string | null }
  | { ok: false; error: PlaygroundError };
export type CheckedLine =
  | { ok: true; json: string; tokens: number; customId: string }
  | { ok: false; error: PlaygroundError };

const envelope = z.strictObject({
  custom_id: z.string().min(1).max(MAX_CUSTOM_ID_LENGTH),
  method: z.literal('POST'),
  url: z.literal(BATCH_ENDPOINT),
  body: z.record(z.string(), z.unknown()),
});

const lineError = (line: number, message: string, code: string, status = 400) =>
  invalidRequest(`Line ${line}: ${message}`, code, status);

/** JSON.parse after the depth check (deep nesting must never reach anything recursive). */
export function decodeBatchLine(text: string, line: number): DecodedLine {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return {
      ok: false,
      error: lineError(line, `nested more than ${MAX_JSON_DEPTH} levels deep.`, 'json_too_deep'),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: invalidRequest(`Line ${line} of the batch file is not valid JSON.`, 'invalid_batch_line'),
    };
  }
  const body = typeof value === 'object' && value !== null ? Reflect.get(value, 'body') : undefined;
  const model = typeof body === 'object' && body !== null ? Reflect.get(body, 'model') : undefined;
  return { ok: true, value, model: typeof model === 'string' ? model : null };
}

function envelopeError(line: number, issue: z.core.$ZodIssue | undefined): PlaygroundError {
  const field = issue?.path.join('.') || 'line';
  if (field === 'url') return lineError(line, `'url' must be ${BATCH_ENDPOINT}.`, 'invalid_batch_url');
  if (field === 'method') return lineError(line, "'method' must be POST.", 'invalid_batch_line');
  if (issue?.code === 'unrecognized_keys') {
    const keys = (issue as { keys?: string[] }).keys?.join(', ') ?? '';
    return lineError(
      line,
      `unknown field ${keys}; a line has custom_id, method, url and body.`,
      'invalid_batch_line',
    );
  }
  if (field === 'custom_id') {
    return lineError(
      line,
      `'custom_id' must be a string of 1 to ${MAX_CUSTOM_ID_LENGTH} characters.`,
      'invalid_batch_line',
    );
  }
  return lineError(line, `'${field}' : ${issue?.message ?? 'is invalid'}`, 'invalid_batch_line');
}

/**
 * Checks a decoded line. `seen` holds the file's custom_ids so far; `live` is the live list's entry
 * for the line's model, when the server has it.
 */
export function checkBatchLine(
  value: unknown,
  line: number,
  limits: BatchLineLimits,
  seen: Set<string>,
  live: CatalogModel | undefined,
): CheckedLine {
  const outer = envelope.safeParse(value);
  if (!outer.success) return { ok: false, error: envelopeError(line, outer.error.issues[0]) };
  const customId = outer.data.custom_id;
  if (seen.has(customId)) {
    return {
      ok: false,
      error: lineError(line, `the custom_id '${customId}' is used more than once.`, 'duplicate_custom_id'),
    };
  }
  const parsed = parseChatRequestForModel(outer.data.body, live);
  if (!parsed.ok) {
    const { body } = parsed.error;
    return { ok: false, error: new PlaygroundError({ ...body, message: `Line ${line}: ${body.message}` }) };
  }
  const request = parsed.data;
  if (request.guard) {
    const message = "'guard' (Moderation) is not available in batches; remove it.";
    return { ok: false, error: lineError(line, message, 'invalid_batch_line') };
  }
  const allowed = limits.ALLOWED_MODELS;
  if (allowed.length > 0 && !allowed.includes(request.model)) {
    const message = `the model \`${request.model}\` is not enabled on this deployment. Allowed: ${allowed.join(', ')}.`;
    return { ok: false, error: lineError(line, message, 'model_not_allowed', 403) };
  }
  const tokens = completionTokenLimit(request, live);
  const ceiling = limits.MAX_COMPLETION_TOKENS_CEILING;
  if (ceiling > 0 && tokens > ceiling) {
    const field =
      request.max_completion_tokens != null
        ? `'max_completion_tokens' is ${tokens}`
        : request.max_tokens != null
          ? `'max_tokens' is ${tokens}`
          : `no 'max_completion_tokens' is set, so it may generate up to ${tokens} (the model's maximum)`;
    return {
      ok: false,
      error: lineError(
        line,
        `${field}; this deployment allows at most ${ceiling}. Set 'max_completion_tokens' to ${ceiling} or less.`,
        'max_tokens_ceiling',
      ),
    };
  }
  seen.add(customId);
  const body = toGroqRequestBody(request);
  if (limits.pinMaximum && body.max_completion_tokens == null && body.max_tokens == null) {
    body.max_completion_tokens = tokens;
  }
  const checked: BatchLine = { custom_id: customId, method: 'POST', url: BATCH_ENDPOINT, body };
  return { ok: true, json: JSON.stringify(checked), tokens, customId };
}
