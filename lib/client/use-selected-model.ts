'use client';

import { useQuery } from '@tanstack/react-query';
import type { ModelInfo } from '../models/model-info';
import { useSettingsStore } from '../store/settings-store';
import { modelsQueryOptions } from './models-query';

/** The selected model's merged info, once the model list has loaded (undefined before, or if unknown). */
export function useSelectedModel(): ModelInfo | undefined {
  const model = useSettingsStore((s) => s.model);
  const { data } = useQuery(modelsQueryOptions);
  return data?.data.find((m) => m.id === model);
}
