'use client';

import { Button } from '@/components/ui/button';
import { Field, Input, TextArea } from '@/components/ui/field';
import { keepFocus } from '@/components/ui/keep-focus';
import { ProblemMessage } from '@/components/ui/problem-message';
import { type ToolDraft, toolProblems } from '@/lib/chat/tools';
import { usePlaygroundStore } from '@/lib/store/playground-store';

/** One function tool's fields; loaded with the first tool (a first visit has none), see ToolsPanel. */
export function ToolEditor({ tool, index, all }: { tool: ToolDraft; index: number; all: ToolDraft[] }) {
  const setTools = usePlaygroundStore((s) => s.setTools);
  const update = (patch: Partial<ToolDraft>) =>
    setTools(all.map((t) => (t.id === tool.id ? { ...t, ...patch } : t)));
  const problems = toolProblems(tool, all);
  return (
    <fieldset className="flex flex-col gap-1 rounded border border-divider p-2">
      <legend className="px-1 text-xs font-semibold">
        Tool {index + 1}
        {tool.name ? `: ${tool.name}` : ''}
      </legend>
      <Field
        label="Function name"
        labelLook="small"
        error={
          problems.name ? (
            <ProblemMessage message={`${problems.name} This tool is not sent until it is fixed.`} />
          ) : null
        }
      >
        {(control) => (
          <Input {...control} dense value={tool.name} onChange={(e) => update({ name: e.target.value })} />
        )}
      </Field>
      <Field label="Description" labelLook="small">
        {(control) => (
          <Input
            {...control}
            dense
            dir="auto"
            value={tool.description}
            onChange={(e) => update({ description: e.target.value })}
          />
        )}
      </Field>
      <Field
        label={
          <>
            Parameters <span className="font-normal text-muted">as a schema object</span>
          </>
        }
        labelLook="small"
        error={problems.parameters ? <ProblemMessage message={problems.parameters} /> : null}
      >
        {(control) => (
          <TextArea
            {...control}
            dense
            mono
            textSize="xs"
            rows={6}
            spellCheck={false}
            value={tool.parameters}
            onChange={(e) => update({ parameters: e.target.value })}
          />
        )}
      </Field>
      <div>
        <Button
          size="xs"
          onClick={(event) => {
            const section = event.currentTarget.closest('section');
            setTools(all.filter((t) => t.id !== tool.id));
            keepFocus(event.currentTarget, section?.querySelector('[data-add-tool]'));
          }}
        >
          Remove tool
        </Button>
      </div>
    </fieldset>
  );
}
