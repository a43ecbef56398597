/**
 * The shape of one capability rule. A rule looks at the request as it goes on the wire (what the
 * playground built, or what a client posted to our route) and the model, and reports a violation.
 * The playground then either repairs the request (a notice says how it is sent) or holds Submit (a
 * blocking problem); the route refuses a wire body with any violation Groq documents as a 400.
 */
import type { ChatRequest } from '../schema/chat-request';
import type { RulesModel } from './model';
import type { ProblemField, ProblemFix } from './problem';

export interface Violation {
  /** What is wrong, for a person (the panel and the composer show it). */
  message: string;
  /** Groq's wording, for the route's 400 (what Groq itself would answer). */
  groq: string;
  /** Where in the wire body (zod issue path). */
  path: PropertyKey[];
  fix?: ProblemFix;
  /** HTTP status and error code when not a plain 400 `invalid_request_error`. */
  params?: { status: number; code: string };
}

export interface Rule {
  code: string;
  field: ProblemField;
  /** Groq answers 400 to it: the route refuses it. False: a playground convention, not checked there. */
  refusedByGroq: boolean;
  check: (body: ChatRequest, model: RulesModel) => Violation[];
  /**
   * How the playground sends the request instead. With a repair the problem is a notice (or nothing
   * when `quiet`); without one it blocks Submit.
   */
  repair?: (body: ChatRequest, model: RulesModel) => ChatRequest;
  /** The panel already shows the value as not offered (a hidden control, a disabled switch). */
  quiet?: boolean;
}

export const present = (value: unknown) => value !== undefined && value !== null;

/** One violation, or none. */
export function when(condition: boolean, violation: () => Violation): Violation[] {
  return condition ? [violation()] : [];
}

/** `body` without `field` (a rule's repair: the field is not sent). */
export function without<K extends keyof ChatRequest>(body: ChatRequest, ...fields: K[]): ChatRequest {
  const next = { ...body };
  for (const field of fields) delete next[field];
  return next;
}
