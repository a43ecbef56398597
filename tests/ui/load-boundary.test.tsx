// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadBoundary } from '@/components/ui/load-boundary';

afterEach(cleanup);

describe('a part loaded on demand that cannot be fetched', () => {
  it('says which part failed and offers Reload, and the rest of the page stays', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = lazy(() => Promise.reject(new Error('Failed to load chunk /_next/static/chunks/x.js')));
    render(
      <div>
        <p>Composer stays</p>
        <LoadBoundary what="Compare">
          <Suspense fallback={<p>Loading…</p>}>
            <Broken />
          </Suspense>
        </LoadBoundary>
      </div>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Compare could not be loaded (Failed to load chunk');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByText('Composer stays')).toBeTruthy();
    quiet.mockRestore();
  });

  it('renders its children when they load', async () => {
    const Fine = lazy(async () => ({ default: () => <p>Compare panes</p> }));
    render(
      <LoadBoundary what="Compare">
        <Suspense fallback={null}>
          <Fine />
        </Suspense>
      </LoadBoundary>,
    );
    expect(await screen.findByText('Compare panes')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
