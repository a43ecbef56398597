'use client';

import { Composer } from './composer';
import { Conversation } from './conversation';
import { DocumentsPanel } from './documents-panel';
import { ParametersPanel } from './parameters-panel';
import { SystemPrompt } from './system-prompt';
import { ToolsPanel } from './tools-panel';

export const PARAMETERS_PANEL_ID = 'parameters-panel';

/** Chat mode: system prompt, conversation and composer; parameters and tools at the side. */
export function ChatWorkbench({ showParameters }: { showParameters: boolean }) {
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-4 lg:flex-row">
      <main className="flex min-w-0 flex-1 flex-col gap-4">
        <SystemPrompt />
        <Conversation />
        <Composer />
      </main>
      <aside
        id={PARAMETERS_PANEL_ID}
        aria-label="Parameters panel"
        className={`${showParameters ? 'block' : 'hidden'} w-full shrink-0 lg:block lg:w-72`}
      >
        <div className="flex flex-col gap-6">
          <ParametersPanel />
          <ToolsPanel />
          <DocumentsPanel />
        </div>
      </aside>
    </div>
  );
}
