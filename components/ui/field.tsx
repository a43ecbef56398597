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
  /** The tightest padding, for a small number box in a toolbar row (Runs beside Submit). */
  compact?: boolean;
  /** `base` (16 px) where people type prose; `xs` for code-like values in tight panels. */
  textSize?: InputTextSize;
  mono?: boolean;
  /** A Tailwind width class for a short box (`w-20`); full width otherwise. */
  boxWidth?: string;
  /** `warning`: an invalid value is outlined amber, not red (an empty variable: allowed, worth a look). */
  invalidTone?: 'error' | 'warning';
  /** Edit in place: no border or surface until hovered or focused (a chat message's text). */
  bare?: boolean;
}

const textSizes: Record<InputTextSize, string> = { xs: 'text-xs', sm: 'text-sm', base: 'text-base' };

const invalidTones = {
  error: 'aria-[invalid=true]:border-red-600 dark:aria-[invalid=true]:border-red-400',
  warning: 'aria-[invalid=true]:border-amber-500',
};

/** The look of a text box: one border, surface and invalid state for every input and textarea. */
export function inputClass(
  {
    dense = false,
    compact = false,
    textSize = 'sm',
    mono = false,
    boxWidth = 'w-full',
    invalidTone = 'error',
    bare = false,
  }: BoxLook = {},
  extra = '',
): string {
  const padding = bare ? 'px-1 py-1' : compact ? 'px-1.5 py-0.5' : dense ? 'px-2 py-1' : 'px-3 py-2';
  return [
    boxWidth,
    bare
      ? 'rounded border border-transparent bg-transparent hover:border-line focus:border-neutral-400'
      : 'rounded-md border border-line-input bg-surface',
    'disabled:opacity-60',
    invalidTones[invalidTone],
    padding,
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

/** The box's look apart from the element's own attributes. */
function splitLook<P extends BoxLook>(props: P): [BoxLook, Omit<P, keyof BoxLook>] {
  const { dense, compact, textSize, mono, boxWidth, invalidTone, bare, ...rest } = props;
  return [{ dense, compact, textSize, mono, boxWidth, invalidTone, bare }, rest];
}

/** A single-line text box. Name it with a `Field` (or `aria-label` where a visible label would repeat). */
export function Input({ className = '', type = 'text', ...props }: InputProps) {
  const [look, rest] = splitLook(props);
  return <input type={type} className={inputClass(look, className)} {...rest} />;
}

export interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement>, BoxLook {
  ref?: Ref<HTMLTextAreaElement>;
}

/** A multi-line text box, resizable in height. */
export function TextArea({ className = '', ...props }: TextAreaProps) {
  const [look, rest] = splitLook(props);
  return <textarea className={inputClass(look, `resize-y ${className}`)} {...rest} />;
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
  /** A name as written in the prompt (a `{{variable}}`). */
  mono: 'font-mono text-sm',
  plain: 'text-sm',
  muted: 'text-xs text-muted',
};

/**
 * A labelled control with its hint, warning and error below it. The label names the control; the
 * hint, warning and error describe it (aria-describedby), and an error marks it invalid and is
 * announced (role="alert"). `children` receives the props to spread on the control:
 *
 *   <Field label="Pattern" hint="A regular expression">{(control) => <Input {...control} … />}</Field>
 *
 * `inline` puts the label beside the control (a row with buttons); the texts still go below.
 */
export function Field({
  label,
  labelLook = 'normal',
  labelClassName = '',
  labelAction,
  hint,
  warning,
  error,
  describedBy,
  disabled = false,
  inline = false,
  tight = false,
  className = '',
  children,
}: {
  label: ReactNode;
  labelLook?: keyof typeof labelLooks;
  /** Added to the label's look (a colour). */
  labelClassName?: string;
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
  /** The label on the control's line instead of above it. */
  inline?: boolean;
  /** Half the gap between label and control (a field in a toolbar row). */
  tight?: boolean;
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
      className={[
        labelLooks[labelLook],
        labelClassName,
        disabled && labelLook !== 'hidden' ? 'text-neutral-500 dark:text-neutral-400' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      {label}
    </label>
  );
  const layout = inline
    ? 'flex flex-wrap items-center gap-x-2 gap-y-1'
    : `flex flex-col ${tight ? 'gap-0.5' : 'gap-1'}`;
  // In a row the texts take a line of their own, under the label and the control.
  const below = inline ? 'basis-full ' : '';
  return (
    <div className={`${layout} ${className}`}>
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
        <p id={`${id}-error`} role="alert" className={`${below}text-xs text-red-700 dark:text-red-300`}>
          {error}
        </p>
      ) : null}
      {has(warning) ? (
        <p id={`${id}-warning`} className={`${below}text-xs text-amber-700 dark:text-amber-300`}>
          {warning}
        </p>
      ) : null}
      {has(hint) ? (
        <div id={`${id}-hint`} className={`${below}text-xs text-muted`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
