'use client';

import { type ReactNode, useId } from 'react';
import { Tab, useTabKeys } from './tab';

export { Tab, useTabKeys } from './tab';

export interface TabItem<T extends string = string> {
  id: T;
  label: string;
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
        className="flex gap-1 border-b border-divider"
      >
        {tabs.map((tab) => {
          const isSelected = tab.id === selected;
          return (
            <Tab
              key={tab.id}
              ref={tabRef(tab.id)}
              id={tabId(tab.id)}
              selected={isSelected}
              aria-controls={panelId(tab.id)}
              onClick={() => {
                if (!isSelected) onChange(tab.id);
              }}
            >
              {tab.label}
            </Tab>
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
