'use client';

import { Field, TextArea } from '@/components/ui/field';
import { ProblemMessage } from '@/components/ui/problem-message';
import { Switch } from '@/components/ui/switch';
import { parseJsonSchemaSetting } from '@/lib/rules/json-schema-setting';
import { usePaneSettings, useSetParameter } from './pane-context';
import { usePaneRules } from './use-pane-rules';

/**
 * Response Format JSON Schema's schema and Strict. The schema is checked as JSON as the user types;
 * an invalid one blocks Submit. Loaded when JSON Schema is chosen, see ResponseFormatField.
 */
export function JsonSchemaEditor() {
  const schemaText = usePaneSettings((p) => p.jsonSchema);
  const strict = usePaneSettings((p) => p.jsonSchemaStrict);
  const setParameter = useSetParameter();
  const schemaSupport = usePaneRules().model.capabilities.jsonSchema;
  const parsed = parseJsonSchemaSetting(schemaText, strict);

  return (
    <>
      <Field
        label="JSON Schema"
        error={parsed.ok === false ? <ProblemMessage message={parsed.message} /> : null}
        hint={
          parsed.ok === false
            ? null
            : `Sent as response_format json_schema "${parsed.format.name}". Takes {"name", "schema", "strict"?} or a bare schema.`
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
  );
}
