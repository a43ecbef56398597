'use client';

import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

export type InputTextSize = 'xs' | 'sm' | 'base';

interface BoxLook {
  /** Tighter padding, for panels (tools, documents, parameters). */
  dense?: boolean;
  /** `base` (16 px) where people type prose; `xs` for code-like values in tight panels. */
  textSize?: InputTextSize;
  mono?: boolean;
}

const textSizes: Record<InputTextSize, string> = { xs: 'text-xs', sm: 'text-sm', base: 'text-base' };

/** The look of a text box: one border, surface and invalid state for every input and textarea. */
export function inputClass(
  { dense = false, textSize = 'sm', mono = false }: BoxLook = {},
  extra = '',
): string {
  return [
    'w-full rounded-md border border-line-input bg-surface disabled:opacity-60',
    'aria-[invalid=true]:border-red-600 dark:aria-[invalid=true]:border-red-400',
    dense ? 'px-2 py-1' : 'px-3 py-2',
    textSizes[textSize],
    mono ? 'font-mono' : '',
    extra,
  ]
    .filter(Boolean)
    .join(' ');
}

export interface InputProps extends InputHTMLAttributes<HTMLInputElement>, BoxLook {
  ref?: Ref<HTMLInputElement>;
}

/** A single-line text box. Name it with a `Field` (or `aria-label` where a visible label would repeat). */
export function Input({ dense, textSize, mono, className = '', type = 'text', ...rest }: InputProps) {
  return <input type={type} className={inputClass({ dense, textSize, mono }, className)} {...rest} />;
}

export interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement>, BoxLook {
  ref?: Ref<HTMLTextAreaElement>;
}

/** A multi-line text box, resizable in height. */
export function TextArea({ dense, textSize, mono, className = '', ...rest }: TextAreaProps) {
  return <textarea className={inputClass({ dense, textSize, mono }, `resize-y ${className}`)} {...rest} />;
}

/** What a `Field` hands its control: the id its label points at and the texts that describe it. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

const labelLooks = {
  normal: 'text-sm font-medium',
  small: 'text-xs font-medium',
  caps: 'text-xs font-semibold uppercase tracking-wide text-muted',
  hidden: 'sr-only',
};

/**
 * A labelled control with its hint, warning and error below it. The label names the control; the
 * hint, warning and error describe it (aria-describedby), and an error marks it invalid and is
 * announced (role="alert"). `children` receives the props to spread on the control:
 *
 *   <Field label="Pattern" hint="A regular expression">{(control) => <Input {...control} … />}</Field>
 */
export function Field({
  label,
  labelLook = 'normal',
  labelAction,
  hint,
  warning,
  error,
  describedBy,
  disabled = false,
  className = '',
  children,
}: {
  label: ReactNode;
  labelLook?: keyof typeof labelLooks;
  /** A control on the label's line (Reset to default). */
  labelAction?: ReactNode;
  hint?: ReactNode;
  /** Something to look at that does not stop anything (amber, not announced). */
  warning?: ReactNode;
  /** What is wrong with the value: the control is marked invalid and this is announced. */
  error?: ReactNode;
  /** Ids of other elements that also describe the control (a counter drawn elsewhere). */
  describedBy?: string;
  disabled?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const has = (slot: ReactNode) => slot !== undefined && slot !== null && slot !== false && slot !== '';
  const ids = [
    has(error) ? `${id}-error` : null,
    has(warning) ? `${id}-warning` : null,
    has(hint) ? `${id}-hint` : null,
    describedBy ?? null,
  ].filter(Boolean);
  const control: FieldControlProps = {
    id,
    ...(ids.length > 0 ? { 'aria-describedby': ids.join(' ') } : {}),
    ...(has(error) ? { 'aria-invalid': true as const } : {}),
  };
  const labelElement = (
    <label
      htmlFor={id}
      className={`${labelLooks[labelLook]} ${disabled && labelLook !== 'hidden' ? 'text-neutral-500 dark:text-neutral-400' : ''}`}
    >
      {label}
    </label>
  );
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      {labelAction ? (
        <div className="flex items-center justify-between gap-2">
          {labelElement}
          {labelAction}
        </div>
      ) : (
        labelElement
      )}
      {children(control)}
      {has(error) ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {has(warning) ? (
        <p id={`${id}-warning`} className="text-xs text-amber-700 dark:text-amber-300">
          {warning}
        </p>
      ) : null}
      {has(hint) ? (
        <div id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </div>
      ) : null}
    </div>
  );
}
