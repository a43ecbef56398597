'use client';

import { useQuery } from '@tanstack/react-query';
import { modelsQueryOptions } from '../client/models-query';
import type { ModelInfo } from '../models/model-info';
import { usePlaygroundStore } from './playground-store';
import { selectPane } from './selectors';

/** Pane `pane`'s model's merged info, once the model list has loaded (undefined before, or if unknown). */
export function useSelectedModel(pane = 0): ModelInfo | undefined {
  const model = usePlaygroundStore((s) => selectPane(s, pane).model);
  const { data } = useQuery(modelsQueryOptions);
  return data?.data.find((m) => m.id === model);
}
