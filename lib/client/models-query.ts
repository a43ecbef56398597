import { queryOptions } from '@tanstack/react-query';
import { parseErrorBody } from '../errors';
import type { ModelsResponse } from '../models/model-info';

export class ModelsLoadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ModelsLoadError';
  }
}

/** The one query for the model list; every caller uses this factory. */
export const modelsQueryOptions = queryOptions({
  queryKey: ['models'],
  queryFn: async ({ signal }): Promise<ModelsResponse> => {
    const response = await fetch('/api/models', { signal });
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = parseErrorBody(json, response.status);
      throw new ModelsLoadError(
        error?.message ?? `Loading models failed (${response.status})`,
        response.status,
      );
    }
    return json as ModelsResponse;
  },
  staleTime: 60_000,
  retry: 1,
});
