'use client';

import type { ReactNode } from 'react';
import { Field, Input, TextArea } from '@/components/ui/field';
import { ProblemMessage } from '@/components/ui/problem-message';
import type { McpServerInput } from '@/lib/mcp/settings';
import type { McpProblem } from '@/lib/mcp/validate';
import type { McpServerPatch } from '@/lib/store/mcp-slice';

type FieldName = McpProblem['field'];

/** A field's problems for its Field: errors in the alert (Submit is held), warnings as a note (still sent). */
function problemSlots(problems: readonly McpProblem[]): { error: ReactNode; warning: ReactNode } {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return {
    error:
      errors.length > 0
        ? errors.map((p) => (
            <span key={`${p.code}-${p.line ?? 0}`} className="block">
              <ProblemMessage message={p.message} />
            </span>
          ))
        : null,
    warning:
      warnings.length > 0
        ? warnings.map((p) => (
            <span key={p.code} className="block">
              {p.message}
            </span>
          ))
        : null,
  };
}

/**
 * The five fields of one MCP server, each with its problems (from lib/mcp/validate, the same check
 * Submit and the route make) tied to it by `aria-describedby`. The three checked fields say
 * aria-invalid="false" once fixed, not nothing: the MCP story waits for that.
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
  const about = (field: FieldName) => problemSlots(problems.filter((p) => p.field === field));
  const text = (field: FieldName, name: string, key: 'label' | 'url', placeholder: string) => (
    <Field label={name} labelLook="small" {...about(field)}>
      {(control) => (
        <Input
          {...control}
          dense
          value={server[key]}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={control['aria-invalid'] ?? false}
          onChange={(e) => onChange({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <div className="flex flex-col gap-1">
      {text('label', 'Server label', 'label', 'deepwiki')}
      {text('url', 'Server URL', 'url', 'https://mcp.example.com/mcp')}
      <Field
        label="Headers"
        labelLook="small"
        {...about('headers')}
        hint="One Name: value per line. Header values stay in this tab's memory: they are not saved, shared, or shown in View code."
      >
        {(control) => (
          <TextArea
            {...control}
            dense
            mono
            textSize="xs"
            rows={2}
            spellCheck={false}
            autoComplete="off"
            placeholder="Authorization: Bearer …"
            value={server.headers}
            aria-invalid={control['aria-invalid'] ?? false}
            onChange={(e) => onHeaders(e.target.value)}
          />
        )}
      </Field>
      <Field label="Allowed tools" labelLook="small">
        {(control) => (
          <Input
            {...control}
            dense
            value={server.allowedTools}
            placeholder="Comma-separated; empty = all"
            spellCheck={false}
            onChange={(e) => onChange({ allowedTools: e.target.value })}
          />
        )}
      </Field>
      <Field label="Description" labelLook="small">
        {(control) => (
          <Input
            {...control}
            dense
            dir="auto"
            value={server.description}
            placeholder="Optional: what the server is for"
            onChange={(e) => onChange({ description: e.target.value })}
          />
        )}
      </Field>
    </div>
  );
}
