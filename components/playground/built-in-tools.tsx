'use client';

import { Switch } from '@/components/ui/switch';
import { BUILT_IN_TOOLS } from '@/lib/chat/grounding';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { usePaneRules } from './use-pane-rules';

/**
 * Browser Search and Code Execution: Groq runs them server-side (gpt-oss). Enabled only for models
 * the capability table lists with built-in tools; an id the table does not know gets them enabled,
 * marked unverified; any other model shows them disabled with the reason. The switches are shared by
 * every pane (each pane sends them only if its model runs them); support is shown for this pane's model.
 */
export function BuiltInToolSwitches() {
  const browserSearch = usePlaygroundStore((s) => s.browserSearch);
  const codeExecution = usePlaygroundStore((s) => s.codeExecution);
  const setGrounding = usePlaygroundStore((s) => s.setGrounding);
  const { model, about } = usePaneRules();
  const supported = model.capabilities.builtInTools;
  const unverified = !model.known && model.id !== '';
  const unsent = about('tools').find((p) => !p.blocking)?.message;
  const values = { browserSearch, codeExecution };
  const description = !supported
    ? `${model.name} does not run built-in tools; choose GPT-OSS 120B or 20B.`
    : unsent && (browserSearch || codeExecution)
      ? unsent
      : unverified
        ? 'Unverified for this model: Groq will say if it does not run built-in tools.'
        : undefined;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">Built-in tools</legend>
      {BUILT_IN_TOOLS.map((tool) => (
        <Switch
          key={tool.setting}
          label={tool.label}
          checked={supported && values[tool.setting]}
          disabled={!supported}
          onChange={(checked) => setGrounding({ [tool.setting]: checked })}
        />
      ))}
      {description ? <p className="text-xs text-muted">{description}</p> : null}
    </fieldset>
  );
}
