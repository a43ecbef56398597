'use client';

import { Field, TextArea } from '@/components/ui/field';
import { ProblemMessage } from '@/components/ui/problem-message';
import { SelectField } from '@/components/ui/select-field';
import { Switch } from '@/components/ui/switch';
import { parseJsonSchemaSetting } from '@/lib/rules/json-schema-setting';
import type { ResponseFormatSetting } from '@/lib/store/settings-slice';
import { JsonModeHint } from './json-mode-hint';
import { usePaneSettings, useSetParameter } from './pane-context';
import { usePaneRules } from './use-pane-rules';

/**
 * Response Format: Text, JSON Object (`json_object`) or JSON Schema (`json_schema`, structured
 * outputs). The schema is checked as JSON as the user types; an invalid one blocks Submit.
 */
export function ResponseFormatField() {
  const format = usePaneSettings((p) => p.responseFormat);
  const schemaText = usePaneSettings((p) => p.jsonSchema);
  const strict = usePaneSettings((p) => p.jsonSchemaStrict);
  const setParameter = useSetParameter();
  const { model, about } = usePaneRules();
  const { capabilities } = model;
  const schemaSupport = capabilities.jsonSchema;
  const refusal = about('responseFormat')[0]?.message;
  const parsed = format === 'json_schema' ? parseJsonSchemaSetting(schemaText, strict) : null;

  return (
    <div className="flex flex-col gap-2">
      <SelectField<ResponseFormatSetting>
        label="Response Format"
        value={format}
        options={[
          { value: 'text', label: 'Text' },
          { value: 'json_object', label: 'JSON Object', disabled: !capabilities.jsonMode },
          { value: 'json_schema', label: 'JSON Schema', disabled: !schemaSupport },
        ]}
        onChange={(value) => setParameter('responseFormat', value)}
        description={
          refusal
            ? refusal
            : format !== 'text'
              ? 'JSON answers are not streamed and take no stop sequences; JSON Schema also takes no tools.'
              : null
        }
      />
      {format === 'json_object' ? <JsonModeHint /> : null}
      {format === 'json_schema' ? (
        <>
          <Field
            label="JSON Schema"
            error={parsed?.ok === false ? <ProblemMessage message={parsed.message} /> : null}
            hint={
              parsed?.ok === false
                ? null
                : `Sent as response_format json_schema "${parsed?.format.name}". Takes {"name", "schema", "strict"?} or a bare schema.`
            }
          >
            {(control) => (
              <TextArea
                {...control}
                dense
                mono
                textSize="xs"
                value={schemaText}
                onChange={(event) => setParameter('jsonSchema', event.target.value)}
                rows={8}
                spellCheck={false}
              />
            )}
          </Field>
          <Switch
            label="Strict"
            checked={strict}
            onChange={(value) => setParameter('jsonSchemaStrict', value)}
            description={
              schemaSupport === 'strict'
                ? 'Constrained decoding: every property required, additionalProperties false.'
                : 'Strict mode is unconfirmed for this model: Groq decides.'
            }
          />
        </>
      ) : null}
    </div>
  );
}
