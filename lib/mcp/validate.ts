/**
 * Checks for an MCP server as the user types it (the tools panel) and as a request carries it (the
 * route): each problem is named, tied to its field, and says what to change. A loopback or private
 * address is a warning, not an error: Groq's cloud cannot reach it, but the simulator and a
 * self-hosted Groq-compatible server can.
 */
import type { McpTool } from '../schema/mcp-tool';
import { isPrivateHost, urlHostname } from './address';
import { HEADER_NAME_PATTERN, headerNameMessage, MCP_LABEL_MESSAGE, MCP_LABEL_PATTERN } from './tool-fields';

/** The fields of the "Add MCP server" form, as typed. */
export interface McpServerDraft {
  label: string;
  url: string;
  /** One `Name: value` per line. */
  headers: string;
  /** Comma-separated tool names; empty = all. */
  allowedTools: string;
  description: string;
}

export type McpProblemCode =
  | 'label_missing'
  | 'label_invalid'
  | 'label_duplicate'
  | 'url_missing'
  | 'url_invalid'
  | 'url_not_http'
  | 'url_private'
  | 'header_no_colon'
  | 'header_name_invalid'
  | 'header_duplicate';

export interface McpProblem {
  code: McpProblemCode;
  field: 'label' | 'url' | 'headers';
  severity: 'error' | 'warning';
  message: string;
  /** 1-based line of the Headers field, for header problems. */
  line?: number;
}

export interface HeaderParse {
  headers: Record<string, string>;
  problems: McpProblem[];
}

const error = (code: McpProblemCode, field: McpProblem['field'], message: string, line?: number) =>
  ({ code, field, severity: 'error', message, ...(line ? { line } : {}) }) satisfies McpProblem;

/** `Name: value` lines (blank lines skipped; the value may itself contain colons). */
export function parseHeaderLines(text: string): HeaderParse {
  const headers: Record<string, string> = {};
  const problems: McpProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const colon = raw.indexOf(':');
    if (colon === -1) {
      problems.push(
        error('header_no_colon', 'headers', `Line ${line} has no colon; write it as Name: value.`, line),
      );
      return;
    }
    const name = raw.slice(0, colon).trim();
    if (!HEADER_NAME_PATTERN.test(name)) {
      const what = name === '' ? 'has no header name before the colon' : headerNameMessage(name);
      problems.push(error('header_name_invalid', 'headers', `Line ${line}: ${what}.`, line));
      return;
    }
    if (seen.has(name.toLowerCase())) {
      problems.push(
        error('header_duplicate', 'headers', `Line ${line}: header ${name} is given twice.`, line),
      );
      return;
    }
    seen.add(name.toLowerCase());
    headers[name] = raw.slice(colon + 1).trim();
  });
  return { headers, problems };
}

export function parseAllowedTools(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

export function checkLabel(label: string, otherLabels: readonly string[] = []): McpProblem[] {
  const trimmed = label.trim();
  if (trimmed === '') return [error('label_missing', 'label', 'Give the server a label, e.g. deepwiki.')];
  if (!MCP_LABEL_PATTERN.test(trimmed)) {
    return [error('label_invalid', 'label', `Server label ${MCP_LABEL_MESSAGE}.`)];
  }
  if (otherLabels.includes(trimmed)) {
    return [error('label_duplicate', 'label', `Another MCP server is already labelled ${trimmed}.`)];
  }
  return [];
}

export function checkUrl(url: string): McpProblem[] {
  const trimmed = url.trim();
  if (trimmed === '')
    return [error('url_missing', 'url', 'Enter the server URL, e.g. https://mcp.example.com/mcp.')];
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return [error('url_invalid', 'url', 'Server URL is not a valid URL.')];
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return [
      error(
        'url_not_http',
        'url',
        `Server URL must start with http:// or https:// (not ${parsed.protocol}).`,
      ),
    ];
  }
  if (isPrivateHost(urlHostname(parsed))) {
    return [
      {
        code: 'url_private',
        field: 'url',
        severity: 'warning',
        message: `${parsed.hostname} is a local or private address: Groq's cloud cannot reach it. It still works with the built-in simulator or a self-hosted server.`,
      },
    ];
  }
  return [];
}

export interface McpServerCheck {
  /** The tools entry to send, when there is no error (warnings allowed). */
  tool: McpTool | null;
  problems: McpProblem[];
}

/** One server's draft → its `tools` entry and problems; `otherLabels` are the other servers' labels. */
export function checkMcpServer(draft: McpServerDraft, otherLabels: readonly string[] = []): McpServerCheck {
  const headers = parseHeaderLines(draft.headers);
  const problems = [...checkLabel(draft.label, otherLabels), ...checkUrl(draft.url), ...headers.problems];
  if (problems.some((p) => p.severity === 'error')) return { tool: null, problems };
  const allowed = parseAllowedTools(draft.allowedTools);
  const description = draft.description.trim();
  const tool: McpTool = {
    type: 'mcp',
    server_label: draft.label.trim(),
    server_url: draft.url.trim(),
    ...(Object.keys(headers.headers).length > 0 ? { headers: headers.headers } : {}),
    ...(allowed.length > 0 ? { allowed_tools: allowed } : {}),
    ...(description ? { server_description: description } : {}),
    require_approval: 'never',
  };
  return { tool, problems };
}

/** Several servers, each checked against the labels before it (so only the later duplicate is flagged). */
export function checkMcpServers(drafts: readonly McpServerDraft[]): McpServerCheck[] {
  return drafts.map((draft, i) =>
    checkMcpServer(
      draft,
      drafts.slice(0, i).map((d) => d.label.trim()),
    ),
  );
}
