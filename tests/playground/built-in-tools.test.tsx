// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuiltInToolSwitches } from '@/components/playground/built-in-tools';
import { mergeLiveModel } from '@/lib/models/model-info';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { defaultPane } from '@/lib/store/settings-slice';

/** Pane 1's model (the switches show support for the pane they are in), plus shared settings. */
function setModel(model: string, shared: { browserSearch?: boolean } = {}) {
  usePlaygroundStore.setState({ panes: [defaultPane(model)], ...shared });
}

afterEach(cleanup);

/** The switches with the live model list already loaded (what `/api/models` would answer). */
function renderWithModels(ids: { id: string; inCatalog: boolean }[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(['models'], {
    data: ids.map(({ id, inCatalog }) => mergeLiveModel({ id }, inCatalog)),
    demo: false,
    guard: { model: null, reason: null },
  });
  render(
    <QueryClientProvider client={client}>
      <BuiltInToolSwitches />
    </QueryClientProvider>,
  );
}

const live = [
  { id: 'openai/gpt-oss-120b', inCatalog: true },
  { id: 'qwen/qwen3.8-27b', inCatalog: true },
  { id: 'acme/brand-new-model', inCatalog: false },
];

describe('Browser Search and Code Execution switches', () => {
  beforeEach(() => usePlaygroundStore.setState(usePlaygroundStore.getInitialState()));

  it('are enabled on gpt-oss and turn the settings on', () => {
    setModel('openai/gpt-oss-120b');
    renderWithModels(live);
    const search = screen.getByRole('switch', { name: 'Browser Search' });
    expect(search.hasAttribute('disabled')).toBe(false);
    fireEvent.click(search);
    fireEvent.click(screen.getByRole('switch', { name: 'Code Execution' }));
    expect(usePlaygroundStore.getState()).toMatchObject({ browserSearch: true, codeExecution: true });
    expect(screen.queryByText(/does not run built-in tools|Unverified/)).toBeNull();
  });

  it('are disabled with the reason on a model without built-in tools, showing off even if set', () => {
    setModel('qwen/qwen3.8-27b', { browserSearch: true });
    renderWithModels(live);
    for (const name of ['Browser Search', 'Code Execution']) {
      const control = screen.getByRole('switch', { name });
      expect(control.hasAttribute('disabled')).toBe(true);
      expect(control.getAttribute('aria-checked')).toBe('false');
    }
    expect(
      screen.getByText('Qwen3.8 27B does not run built-in tools; choose GPT-OSS 120B or 20B.'),
    ).toBeTruthy();
  });

  it('are enabled and marked unverified on a model the capability table does not know', () => {
    setModel('acme/brand-new-model');
    renderWithModels(live);
    expect(screen.getByRole('switch', { name: 'Browser Search' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByText(/^Unverified for this model/)).toBeTruthy();
  });
});
