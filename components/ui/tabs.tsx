'use client';

import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export interface TabItem<T extends string = string> {
  id: T;
  label: string;
}

/**
 * The tablist keyboard of WAI-ARIA tabs with automatic activation: ArrowLeft / ArrowRight (wrapping),
 * Home and End move focus and select. Give `tabRef(id)` to each tab and `onKeyDown` to the tablist;
 * give the selected tab tabIndex 0 and the others -1 (a roving tabindex).
 */
export function useTabKeys<T>(ids: readonly T[], selected: T | undefined, onChange: (id: T) => void) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const index = ids.indexOf(selected as T);
    const last = ids.length - 1;
    const targets: Record<string, number> = {
      ArrowRight: index >= last ? 0 : index + 1,
      ArrowLeft: index <= 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const position = targets[event.key];
    if (position === undefined || last < 0) return;
    const target = ids[position] as T;
    event.preventDefault();
    buttons.current.get(target)?.focus();
    if (target !== selected) onChange(target);
  };
  const tabRef = (id: T) => (node: HTMLButtonElement | null) => {
    if (node) buttons.current.set(id, node);
    else buttons.current.delete(id);
  };
  return { onKeyDown, tabRef };
}

/**
 * WAI-ARIA tabs with automatic activation: a labelled tablist, a roving tabindex, and ArrowLeft /
 * ArrowRight (wrapping), Home and End moving focus and selecting. `children` is the selected tab's panel.
 */
export function Tabs<T extends string>({
  label,
  tabs,
  value,
  onChange,
  children,
}: {
  label: string;
  tabs: readonly TabItem<T>[];
  value: T;
  onChange: (id: T) => void;
  children: ReactNode;
}) {
  const baseId = useId();
  const tabId = (id: T) => `${baseId}-tab-${id}`;
  const panelId = (id: T) => `${baseId}-panel-${id}`;
  const selected = tabs.some((tab) => tab.id === value) ? value : tabs[0]?.id;
  const { onKeyDown, tabRef } = useTabKeys(
    tabs.map((tab) => tab.id),
    selected,
    onChange,
  );

  return (
    <div className="flex min-h-0 flex-col gap-3">
      <div
        role="tablist"
        aria-label={label}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
        className="flex gap-1 border-b border-neutral-200 dark:border-neutral-800"
      >
        {tabs.map((tab) => {
          const isSelected = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={tabRef(tab.id)}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              aria-selected={isSelected}
              aria-controls={panelId(tab.id)}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => {
                if (!isSelected) onChange(tab.id);
              }}
              className={`-mb-px border-b-2 px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-groq ${
                isSelected
                  ? 'border-groq text-neutral-900 dark:text-neutral-100'
                  : 'border-transparent text-neutral-500 hover:text-neutral-800 dark:text-neutral-400 dark:hover:text-neutral-200'
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={panelId(tab.id)}
          aria-labelledby={tabId(tab.id)}
          hidden={tab.id !== selected}
          className="min-h-0"
        >
          {tab.id === selected ? children : null}
        </div>
      ))}
    </div>
  );
}
