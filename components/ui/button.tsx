import type { ButtonHTMLAttributes, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'link' | 'row';
export type ButtonSize = 'xs' | 'sm' | 'md' | 'bare';

/** A control's shape; `row` (a whole list row as one button) brings its own. */
const shape = 'inline-flex shrink-0 items-center justify-center gap-1.5 whitespace-nowrap font-medium';

const base =
  'rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-groq-strong disabled:cursor-not-allowed disabled:opacity-50 aria-pressed:border-groq-strong aria-pressed:bg-orange-50 aria-pressed:text-groq-deep aria-pressed:ring-1 aria-pressed:ring-groq-strong dark:aria-pressed:border-groq dark:aria-pressed:bg-groq-deep/40 dark:aria-pressed:text-orange-100 dark:aria-pressed:ring-groq';

const variants: Record<ButtonVariant, string> = {
  // White on `groq-strong` passes WCAG AA (4.5:1); the brand orange does not.
  primary: 'bg-groq-strong text-white hover:bg-groq-deep disabled:hover:bg-groq-strong',
  secondary: 'border border-line bg-surface text-fg hover:bg-subtle',
  ghost: 'text-fg-soft hover:bg-subtle disabled:hover:bg-transparent',
  danger:
    'border border-red-300 bg-surface text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-200 dark:hover:bg-red-950',
  // Text that acts: keeps the colour it sits in (a toast, a notice) unless the caller sets one.
  link: 'underline underline-offset-2 hover:no-underline disabled:no-underline',
  row: 'flex w-full items-start gap-3 text-left hover:bg-subtle disabled:hover:bg-transparent',
};

const sizes: Record<ButtonSize, string> = {
  xs: 'px-2 py-0.5 text-xs',
  sm: 'px-3 py-1 text-sm',
  md: 'px-4 py-2 text-sm',
  // For a button that is its content (a thumbnail).
  bare: '',
};

/** The class string of a button, for elements that must look like one (a link, a summary). */
export function buttonClass(
  variant: ButtonVariant = 'secondary',
  size: ButtonSize = 'sm',
  extra = '',
): string {
  const layout = variant === 'row' ? '' : shape;
  return `${layout} ${base} ${variants[variant]} ${sizes[size]} ${extra}`.replace(/\s+/g, ' ').trim();
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * The one button of the app: primary (one per area, the action you came for), secondary (outlined),
 * ghost (toolbar and icon buttons), danger (destructive), link (text in running copy), row (a list row
 * that plays or opens its item). `type="button"` unless told otherwise.
 */
export function Button({
  variant = 'secondary',
  size = 'sm',
  className = '',
  type = 'button',
  ...rest
}: ButtonProps) {
  return <button type={type} className={buttonClass(variant, size, className)} {...rest} />;
}
