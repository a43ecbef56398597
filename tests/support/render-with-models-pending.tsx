import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';

/**
 * Renders `ui` as the page does (inside react-query) while `/api/models` never answers: panels list
 * the catalog's models then, so a test needs no model list. `vi.unstubAllGlobals()` in afterEach
 * restores fetch.
 */
export function renderWhileModelsLoad(ui: ReactNode) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => new Promise(() => {})),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
