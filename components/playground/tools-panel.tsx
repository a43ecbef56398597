'use client';

import { lazy, Suspense, useId } from 'react';
import { McpServers } from '@/components/mcp/mcp-servers';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { PendingGroup } from '@/components/ui/pending-group';
import { preloadOn } from '@/components/ui/preload-on';
import { Switch } from '@/components/ui/switch';
import { EXAMPLE_TOOL, type ToolChoiceSetting, type ToolDraft } from '@/lib/chat/tools';
import { newMessageId } from '@/lib/store/conversation-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { BuiltInToolSwitches } from './built-in-tools';

import { usePaneRules } from './use-pane-rules';

/**
 * A first visit has no function tools: their editor loads with the first one (saved tools, a shared
 * link, or Add tool, whose pointer or focus starts the load).
 */
const loadToolEditor = () => import('./tool-editor');
const ToolEditor = lazy(() => loadToolEditor().then((m) => ({ default: m.ToolEditor })));

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
      {tools.length > 0 ? (
        <LoadBoundary what="The tool editor">
          {tools.map((tool, index) => (
            <Suspense
              key={tool.id}
              fallback={
                <PendingGroup
                  legend={`Tool ${index + 1}${tool.name ? `: ${tool.name}` : ''}`}
                  height="min-h-72"
                />
              }
            >
              <ToolEditor tool={tool} index={index} all={tools} />
            </Suspense>
          ))}
        </LoadBoundary>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button
          size="xs"
          data-add-tool
          {...preloadOn(loadToolEditor)}
          onClick={() =>
            add({ name: '', description: '', parameters: '{\n  "type": "object",\n  "properties": {}\n}' })
          }
        >
          Add tool
        </Button>
        <Button size="xs" {...preloadOn(loadToolEditor)} onClick={() => add(EXAMPLE_TOOL)}>
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
