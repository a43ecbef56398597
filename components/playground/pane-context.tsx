'use client';

import { createContext, useCallback, useContext } from 'react';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPane } from '@/lib/store/selectors';
import type { PaneSettings, Parameters } from '@/lib/store/settings-slice';

/** Which pane the controls inside edit: 0 (pane 1) in the single view. */
export const PaneContext = createContext(0);

export function usePaneIndex(): number {
  return useContext(PaneContext);
}

/** One field (or derived value) of this pane's settings. */
export function usePaneSettings<T>(selector: (pane: PaneSettings) => T): T {
  const pane = usePaneIndex();
  return usePlaygroundStore((s) => selector(selectPane(s, pane)));
}

/** Sets a parameter of this pane. */
export function useSetParameter(): <K extends keyof Parameters>(key: K, value: Parameters[K]) => void {
  const pane = usePaneIndex();
  const setParameter = usePlaygroundStore((s) => s.setParameter);
  return useCallback((key, value) => setParameter(pane, key, value), [pane, setParameter]);
}
