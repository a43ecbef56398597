/**
 * THE capability rules, in the order a person would fix them, and the two ways they are used: the
 * playground applies them to the request it built (repairing what it can, with a notice, blocking
 * the rest), and the route checks a posted body against the ones Groq refuses. Pure.
 */
import type { ChatRequest } from '../schema/chat-request';
import { MCP_RULES } from './agents-rules';
import type { RulesModel } from './model';
import { LIMIT_RULES, OUTPUT_RULES } from './output-rules';
import type { Problem } from './problem';
import { REASONING_RULES } from './reasoning-rules';
import type { Rule, Violation } from './rule';
import { IMAGE_RULES } from './vision';

export const RULES: readonly Rule[] = [
  ...LIMIT_RULES,
  ...OUTPUT_RULES,
  ...REASONING_RULES,
  ...IMAGE_RULES,
  ...MCP_RULES,
];

export interface RulesOutcome {
  /** The request as it is sent: every repair applied. */
  request: ChatRequest;
  /** Notices (how it is sent differently) and blocking problems (why it cannot be sent). */
  problems: Problem[];
}

/** The playground's side: repair what has a repair (a notice unless quiet), block the rest. */
export function applyRules(body: ChatRequest, model: RulesModel): RulesOutcome {
  let request = body;
  const problems: Problem[] = [];
  for (const rule of RULES) {
    const violations = rule.check(request, model);
    if (violations.length === 0) continue;
    if (rule.repair) request = rule.repair(request, model);
    if (rule.repair && rule.quiet) continue;
    for (const v of violations) {
      problems.push({
        field: rule.field,
        code: rule.code,
        message: v.message,
        ...(v.fix ? { fix: v.fix } : {}),
        blocking: !rule.repair,
      });
    }
  }
  return { request, problems };
}

export interface WireViolation extends Violation {
  code: string;
}

/** The route's side: everything in `body` Groq would refuse for `model` (empty: send it). */
export function wireViolations(body: ChatRequest, model: RulesModel): WireViolation[] {
  return RULES.filter((rule) => rule.refusedByGroq).flatMap((rule) =>
    rule.check(body, model).map((v) => ({ ...v, code: rule.code })),
  );
}
