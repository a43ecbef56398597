'use client';

import { useId } from 'react';
import { McpServers } from '@/components/mcp/mcp-servers';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass, TextArea } from '@/components/ui/field';
import { keepFocus } from '@/components/ui/keep-focus';
import { ProblemMessage } from '@/components/ui/problem-message';
import { Switch } from '@/components/ui/switch';
import { EXAMPLE_TOOL, type ToolChoiceSetting, type ToolDraft, toolProblems } from '@/lib/chat/tools';
import { newMessageId } from '@/lib/store/conversation-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { BuiltInToolSwitches } from './built-in-tools';
import { usePaneRules } from './use-pane-rules';

function ToolEditor({ tool, index, all }: { tool: ToolDraft; index: number; all: ToolDraft[] }) {
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

function choiceValue(choice: ToolChoiceSetting): string {
  return typeof choice === 'string' ? choice : `function:${choice.function}`;
}

export function ToolsPanel() {
  const id = useId();
  const tools = usePlaygroundStore((s) => s.tools);
  const setTools = usePlaygroundStore((s) => s.setTools);
  const toolChoice = usePlaygroundStore((s) => s.toolChoice);
  const setToolChoice = usePlaygroundStore((s) => s.setToolChoice);
  const parallel = usePlaygroundStore((s) => s.parallelToolCalls);
  const setParallel = usePlaygroundStore((s) => s.setParallelToolCalls);
  const { model, about } = usePaneRules();
  const toolsSupported = model.capabilities.tools;
  const parallelSupported = model.capabilities.parallelTools;
  const unsent = about('tools').find((p) => !p.blocking)?.message;

  const add = (draft: Omit<ToolDraft, 'id'>) => setTools([...tools, { ...draft, id: newMessageId() }]);

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-sm font-semibold uppercase tracking-wide text-muted">
        Tools
      </h2>
      <BuiltInToolSwitches />
      <McpServers />
      {!toolsSupported && tools.length > 0 ? (
        <p className="text-xs text-amber-800 dark:text-amber-300">
          {model.name} does not support tool use; tools are sent but the model may ignore them.
        </p>
      ) : null}
      {unsent && tools.length > 0 ? (
        <p role="status" className="text-xs text-amber-700 dark:text-amber-300">
          {unsent}
        </p>
      ) : null}
      {tools.map((tool, index) => (
        <ToolEditor key={tool.id} tool={tool} index={index} all={tools} />
      ))}
      <div className="flex flex-wrap gap-2">
        <Button
          size="xs"
          data-add-tool
          onClick={() =>
            add({ name: '', description: '', parameters: '{\n  "type": "object",\n  "properties": {}\n}' })
          }
        >
          Add tool
        </Button>
        <Button size="xs" onClick={() => add(EXAMPLE_TOOL)}>
          Add example tool
        </Button>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-choice`} className="text-sm font-medium">
          Tool Choice
        </label>
        <select
          id={`${id}-choice`}
          className={inputClass({ dense: true })}
          value={choiceValue(toolChoice)}
          onChange={(e) => {
            const value = e.target.value;
            setToolChoice(
              value.startsWith('function:')
                ? { function: value.slice(9) }
                : (value as 'auto' | 'none' | 'required'),
            );
          }}
        >
          <option value="auto">auto</option>
          <option value="none">none</option>
          <option value="required">required</option>
          {tools
            .filter((t) => t.name)
            .map((t) => (
              <option key={t.id} value={`function:${t.name}`}>
                {t.name}
              </option>
            ))}
        </select>
      </div>
      <Switch
        label="Parallel Tool Calls"
        checked={parallel && parallelSupported}
        onChange={setParallel}
        disabled={!parallelSupported}
        description={parallelSupported ? undefined : `${model.name} does not support parallel tool use.`}
      />
    </section>
  );
}
