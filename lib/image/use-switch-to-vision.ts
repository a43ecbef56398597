'use client';

/** "Switch to a vision model" (offered with a refusal, so it loads with the image parts). */
import { useQuery } from '@tanstack/react-query';
import { modelsQueryOptions } from '../client/models-query';
import { usePlaygroundStore } from '../store/playground-store';
import { pickVisionModel } from './vision-model';

/** Selects the preferred vision model (or the live list's first) in pane 1. */
export function useSwitchToVisionModel(): () => void {
  const { data } = useQuery(modelsQueryOptions);
  const setModel = usePlaygroundStore((s) => s.setModel);
  return () => {
    const id = pickVisionModel(data?.data);
    setModel(
      0,
      id,
      data?.data.find((m) => m.id === id),
    );
  };
}
