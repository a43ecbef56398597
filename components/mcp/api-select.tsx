'use client';

import { usePaneRules } from '@/components/playground/use-pane-rules';
import { SelectField } from '@/components/ui/select-field';
import { CHAT_APIS, type ChatApi } from '@/lib/mcp/settings';
import { usePlaygroundStore } from '@/lib/store/playground-store';

const OPTIONS = CHAT_APIS.map((api) => ({ value: api.id, label: api.label }));

/**
 * Which Groq API the workbench calls: Chat Completions (`/openai/v1/chat/completions`) or Responses
 * (`/openai/v1/responses`, the same settings in its shape). What Responses cannot take is listed
 * below it, from lib/rules: those settings are not sent.
 */
export function ApiSelect() {
  const api = usePlaygroundStore((s) => s.chatApi);
  const setApi = usePlaygroundStore((s) => s.setChatApi);
  const { about } = usePaneRules();
  const notSent = about('api');
  return (
    <div className="flex flex-col gap-1">
      <SelectField<ChatApi>
        label="API"
        value={api}
        options={OPTIONS}
        onChange={setApi}
        description={
          api === 'responses'
            ? 'POST /openai/v1/responses: the system prompt is sent as instructions, the conversation as input.'
            : null
        }
      />
      {notSent.length > 0 ? (
        <ul aria-label="Not sent with the Responses API" className="flex flex-col gap-0.5">
          {notSent.map((p) => (
            <li key={p.code} className="text-xs text-amber-800 dark:text-amber-300">
              {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
