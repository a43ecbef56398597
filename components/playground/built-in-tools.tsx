'use client';

import { Switch } from '@/components/ui/switch';
import { BUILT_IN_TOOLS } from '@/lib/chat/grounding';
import { useSelectedModel } from '@/lib/client/use-selected-model';
import { findCatalogModel } from '@/lib/models/catalog';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { usePaneIndex, usePaneSettings } from './pane-context';

/**
 * Browser Search and Code Execution: Groq runs them server-side (gpt-oss). Enabled only for models
 * the capability table lists with built-in tools; an id the table does not know gets them enabled,
 * marked unverified; any other model shows them disabled with the reason. The switches are shared by
 * every pane (each pane sends them only if its model runs them); support is shown for this pane's model.
 */
export function BuiltInToolSwitches() {
  const modelId = usePaneSettings((p) => p.model);
  const browserSearch = usePlaygroundStore((s) => s.browserSearch);
  const codeExecution = usePlaygroundStore((s) => s.codeExecution);
  const setGrounding = usePlaygroundStore((s) => s.setGrounding);
  const structured = usePaneSettings((p) => p.responseFormat === 'json_schema');
  const live = useSelectedModel(usePaneIndex());
  const known = findCatalogModel(modelId);
  const supported = (live ?? known)?.capabilities.builtInTools ?? true;
  const unverified = live ? !live.inCatalog : !known && modelId !== '';
  const name = live?.name ?? known?.name ?? modelId;
  const values = { browserSearch, codeExecution };
  const description = !supported
    ? `${name} does not run built-in tools; choose GPT-OSS 120B or 20B.`
    : structured && (browserSearch || codeExecution)
      ? 'JSON Schema responses take no tools (Groq docs): these are not sent while Response Format is JSON Schema.'
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
      {description ? <p className="text-xs text-neutral-600 dark:text-neutral-400">{description}</p> : null}
    </fieldset>
  );
}
