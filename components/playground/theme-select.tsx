'use client';

import { useEffect, useId, useState } from 'react';

type Theme = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'groq-playground:theme';

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.classList.toggle('light', theme === 'light');
}

/** Follows the system by default (pure CSS, no flash); a choice here overrides it and is remembered. */
export function ThemeSelect() {
  const id = useId();
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'light' || saved === 'dark') {
      setTheme(saved);
      applyTheme(saved);
    }
  }, []);

  return (
    <div className="flex items-center gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Theme
      </label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          const next = event.target.value as Theme;
          setTheme(next);
          applyTheme(next);
          try {
            localStorage.setItem(STORAGE_KEY, next);
          } catch {
            // storage disabled: the choice lasts for this page only
          }
        }}
        className="rounded-md border border-neutral-300 bg-white px-1 py-1 text-sm dark:border-neutral-700 dark:bg-neutral-900"
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
