'use client';

import { lazy, Suspense } from 'react';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { preloadOn } from '@/components/ui/preload-on';
import { SelectField } from '@/components/ui/select-field';
import type { ResponseFormatSetting } from '@/lib/store/settings-slice';

import { usePaneSettings, useSetParameter } from './pane-context';
import { usePaneRules } from './use-pane-rules';

/**
 * Text is the first visit's format: what JSON Object and JSON Schema add below the select loads when
 * one is chosen (or saved), started when the pointer reaches the select or it takes focus.
 */
const loadJsonParts = () => Promise.all([import('./json-mode-hint'), import('./json-schema-editor')]);
const JsonModeHint = lazy(() => loadJsonParts().then(([m]) => ({ default: m.JsonModeHint })));
const JsonSchemaEditor = lazy(() => loadJsonParts().then(([, m]) => ({ default: m.JsonSchemaEditor })));

/** Response Format: Text, JSON Object (`json_object`) or JSON Schema (`json_schema`, structured outputs). */
export function ResponseFormatField() {
  const format = usePaneSettings((p) => p.responseFormat);
  const setParameter = useSetParameter();
  const { model, about } = usePaneRules();
  const { capabilities } = model;
  const refusal = about('responseFormat')[0]?.message;

  return (
    <div className="flex flex-col gap-2" {...preloadOn(loadJsonParts)}>
      <SelectField<ResponseFormatSetting>
        label="Response Format"
        value={format}
        options={[
          { value: 'text', label: 'Text' },
          { value: 'json_object', label: 'JSON Object', disabled: !capabilities.jsonMode },
          { value: 'json_schema', label: 'JSON Schema', disabled: !capabilities.jsonSchema },
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
      {format !== 'text' ? (
        <LoadBoundary what="The response format's fields">
          <Suspense fallback={null}>
            {format === 'json_object' ? <JsonModeHint /> : <JsonSchemaEditor />}
          </Suspense>
        </LoadBoundary>
      ) : null}
    </div>
  );
}
