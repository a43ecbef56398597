'use client';

import { Button } from '@/components/ui/button';
import { Field, Input, TextArea } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { Switch } from '@/components/ui/switch';
import type { GraderSettings } from '@/lib/eval/defaults';
import { DEFAULT_JUDGE_PROMPT } from '@/lib/eval/defaults';
import { GRADER_KINDS, GRADER_LABELS, type GraderKind } from '@/lib/eval/grade';

const NEEDS_EXPECTED: readonly GraderKind[] = ['exact', 'contains', 'regex', 'llm-judge'];

function TextField({
  label,
  value,
  onChange,
  placeholder,
  description,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  description?: string;
}) {
  return (
    <Field label={label} hint={description}>
      {(control) => (
        <Input
          {...control}
          dense
          mono
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * The Grader select and the fields the chosen grader needs. Props only: the caller owns the settings,
 * the dataset's columns and the models a judge may be.
 */
export function GraderSelect({
  value,
  onChange,
  columns,
  judgeModels,
  hasSchema = false,
}: {
  value: GraderSettings;
  onChange: (next: GraderSettings) => void;
  /** The dataset's columns; empty = the column is typed by name. */
  columns: readonly string[];
  /** Models offered as judges (id and display name). */
  judgeModels: readonly { id: string; name: string }[];
  /** Whether the request has a JSON Schema (`response_format: json_schema`). */
  hasSchema?: boolean;
}) {
  const set = <K extends keyof GraderSettings>(key: K, next: GraderSettings[K]) =>
    onChange({ ...value, [key]: next });
  const kind = value.kind;
  const columnOptions = columns.includes(value.expectedColumn) ? columns : [value.expectedColumn, ...columns];
  const modelOptions = judgeModels.some((m) => m.id === value.judgeModel)
    ? judgeModels
    : [{ id: value.judgeModel, name: value.judgeModel }, ...judgeModels];

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="sr-only">Grading</legend>
      <SelectField
        label="Grader"
        value={kind}
        options={GRADER_KINDS.map((k) => ({ value: k, label: GRADER_LABELS[k] }))}
        onChange={(next) => set('kind', next)}
      />
      {NEEDS_EXPECTED.includes(kind) ? (
        columns.length > 0 ? (
          <SelectField
            label="Expected column"
            value={value.expectedColumn}
            options={columnOptions.map((c) => ({ value: c, label: c }))}
            onChange={(next) => set('expectedColumn', next)}
          />
        ) : (
          <TextField
            label="Expected column"
            value={value.expectedColumn}
            onChange={(next) => set('expectedColumn', next)}
          />
        )
      ) : null}
      {kind === 'exact' || kind === 'contains' ? (
        <Switch label="Ignore case" checked={value.ignoreCase} onChange={(next) => set('ignoreCase', next)} />
      ) : null}
      {kind === 'regex' ? (
        <TextField
          label="Pattern"
          value={value.pattern}
          placeholder="/^\d+$/i"
          onChange={(next) => set('pattern', next)}
          description="A regular expression, optionally as /pattern/flags. Empty: each row's expected text is its pattern."
        />
      ) : null}
      {kind === 'json' ? (
        <Switch
          label="Check against the JSON Schema"
          checked={hasSchema && value.useSchema}
          disabled={!hasSchema}
          onChange={(next) => set('useSchema', next)}
          description={hasSchema ? undefined : 'The request has no JSON Schema; only JSON syntax is checked.'}
        />
      ) : null}
      {kind === 'llm-judge' ? (
        <>
          <SelectField
            label="Judge model"
            value={value.judgeModel}
            options={modelOptions.map((m) => ({ value: m.id, label: m.name }))}
            onChange={(next) => set('judgeModel', next)}
          />
          <Field
            label="Judge prompt"
            labelAction={
              <Button
                variant="link"
                size="xs"
                disabled={value.judgePrompt === DEFAULT_JUDGE_PROMPT}
                onClick={() => set('judgePrompt', DEFAULT_JUDGE_PROMPT)}
              >
                Reset to default
              </Button>
            }
            hint={
              <>
                {'{{answer}}'} and {'{{expected}}'} are filled in per row (added at the end if missing);{' '}
                {'{{input}}'} is the prompt, and any column works as {'{{column}}'}.
              </>
            }
          >
            {(control) => (
              <TextArea
                {...control}
                dense
                mono
                textSize="xs"
                rows={8}
                value={value.judgePrompt}
                onChange={(event) => set('judgePrompt', event.target.value)}
              />
            )}
          </Field>
        </>
      ) : null}
    </fieldset>
  );
}
