'use client';

import { useId } from 'react';

/** A labelled on/off switch: role "switch", named by its visible label, Space/Enter toggle it. */
export function Switch({
  label,
  checked,
  onChange,
  disabled = false,
  description,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  description?: string;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <div className="flex items-center justify-between gap-3">
        <span
          id={`${id}-label`}
          className={`text-sm font-medium ${disabled ? 'text-neutral-500 dark:text-neutral-400' : ''}`}
        >
          {label}
        </span>
        {/* Raw: a switch is its own widget (role="switch", aria-checked, a track and thumb), not a Button. */}
        <button
          type="button"
          role="switch"
          aria-checked={checked}
          aria-labelledby={`${id}-label`}
          aria-describedby={description ? `${id}-description` : undefined}
          disabled={disabled}
          onClick={() => onChange(!checked)}
          className={`relative inline-flex h-5 w-9 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-groq disabled:cursor-not-allowed disabled:opacity-50 ${
            checked ? 'bg-groq' : 'bg-neutral-300 dark:bg-neutral-700'
          }`}
        >
          <span
            aria-hidden="true"
            className={`inline-block h-4 w-4 rounded-full bg-white shadow transition-transform ${
              checked ? 'translate-x-4' : 'translate-x-0.5'
            }`}
          />
        </button>
      </div>
      {description ? (
        <p id={`${id}-description`} className="text-xs text-muted">
          {description}
        </p>
      ) : null}
    </div>
  );
}
