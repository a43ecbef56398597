'use client';

import { useId } from 'react';
import { ProblemMessage } from '@/components/ui/problem-message';
import type { McpServerInput } from '@/lib/mcp/settings';
import type { McpProblem } from '@/lib/mcp/validate';
import type { McpServerPatch } from '@/lib/store/mcp-slice';

const input = 'w-full rounded border border-line-input bg-surface px-2 py-1 text-sm';
const errorText = 'text-xs text-red-700 dark:text-red-300';
const warningText = 'text-xs text-amber-800 dark:text-amber-300';

type FieldName = McpProblem['field'];

/** A field's problems under it: errors in an alert (Submit is held), warnings as a note (still sent). */
function FieldProblems({ id, problems }: { id: string; problems: readonly McpProblem[] }) {
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return (
    <div id={id}>
      {errors.map((p) => (
        <p key={`${p.code}-${p.line ?? 0}`} role="alert" className={errorText}>
          <ProblemMessage message={p.message} />
        </p>
      ))}
      {warnings.map((p) => (
        <p key={p.code} className={warningText}>
          {p.message}
        </p>
      ))}
    </div>
  );
}

/**
 * The five fields of one MCP server, each with its problems (from lib/mcp/validate, the same check
 * Submit and the route make) tied to it by `aria-describedby`.
 */
export function McpServerFields({
  server,
  problems,
  onChange,
  onHeaders,
}: {
  server: McpServerInput;
  problems: readonly McpProblem[];
  onChange: (patch: McpServerPatch) => void;
  onHeaders: (text: string) => void;
}) {
  const id = useId();
  const about = (field: FieldName) => problems.filter((p) => p.field === field);
  const described = (field: FieldName, extra?: string) => {
    const ids = [about(field).length > 0 ? `${id}-${field}-problems` : '', extra ?? ''].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : undefined;
  };
  const invalid = (field: FieldName) => about(field).some((p) => p.severity === 'error');
  const text = (field: FieldName, name: string, key: 'label' | 'url', placeholder: string) => (
    <>
      <label htmlFor={`${id}-${field}`} className="text-xs font-medium">
        {name}
      </label>
      <input
        id={`${id}-${field}`}
        className={input}
        value={server[key]}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={invalid(field)}
        aria-describedby={described(field)}
        onChange={(e) => onChange({ [key]: e.target.value })}
      />
      <FieldProblems id={`${id}-${field}-problems`} problems={about(field)} />
    </>
  );
  return (
    <div className="flex flex-col gap-1">
      {text('label', 'Server label', 'label', 'deepwiki')}
      {text('url', 'Server URL', 'url', 'https://mcp.example.com/mcp')}
      <label htmlFor={`${id}-headers`} className="text-xs font-medium">
        Headers
      </label>
      <textarea
        id={`${id}-headers`}
        className={`${input} font-mono text-xs`}
        rows={2}
        spellCheck={false}
        autoComplete="off"
        placeholder="Authorization: Bearer …"
        value={server.headers}
        aria-invalid={invalid('headers')}
        aria-describedby={described('headers', `${id}-headers-note`)}
        onChange={(e) => onHeaders(e.target.value)}
      />
      <p id={`${id}-headers-note`} className="text-xs text-muted">
        One Name: value per line. Header values stay in this tab's memory: they are not saved, shared, or
        shown in View code.
      </p>
      <FieldProblems id={`${id}-headers-problems`} problems={about('headers')} />
      <label htmlFor={`${id}-allowed`} className="text-xs font-medium">
        Allowed tools
      </label>
      <input
        id={`${id}-allowed`}
        className={input}
        value={server.allowedTools}
        placeholder="Comma-separated; empty = all"
        spellCheck={false}
        onChange={(e) => onChange({ allowedTools: e.target.value })}
      />
      <label htmlFor={`${id}-description`} className="text-xs font-medium">
        Description
      </label>
      <input
        id={`${id}-description`}
        dir="auto"
        className={input}
        value={server.description}
        placeholder="Optional: what the server is for"
        onChange={(e) => onChange({ description: e.target.value })}
      />
    </div>
  );
}
