// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorNotice, withoutRetryHint } from '@/components/playground/error-notice';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const GROQ_429 =
  'Rate limit reached for model `x` on tokens per minute (TPM): Limit 6000, Used 5990, Requested 100. Please try again in 7.66s. Visit https://console.groq.com/docs/rate-limits for more information.';

describe('ErrorNotice', () => {
  it('drops Groq’s own "try again in" in favour of the countdown', () => {
    expect(withoutRetryHint(GROQ_429)).not.toContain('Please try again');
    expect(withoutRetryHint(GROQ_429)).toContain('Requested 100. Visit');
    expect(withoutRetryHint('Please try again in 2m59.5s.')).toBe('');
  });

  it('counts a 429 down and enables Retry at zero', () => {
    const onRetry = vi.fn();
    render(
      <ErrorNotice
        error={{
          status: 429,
          type: 'tokens',
          code: 'rate_limit_exceeded',
          message: GROQ_429,
          retry_after: 3,
        }}
        failedAt={Date.now()}
        onRetry={onRetry}
      />,
    );
    const retry = screen.getByRole('button', { name: 'Retry' }) as HTMLButtonElement;
    expect(retry.disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('retry in 3 s');
    act(() => vi.advanceTimersByTime(1100));
    expect(screen.getByRole('alert').textContent).toContain('retry in 2 s');
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByRole('alert').textContent).toContain('You can retry now.');
    expect(retry.disabled).toBe(false);
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it('model_terms_required: says what to do and links Groq’s console (other hosts stay text)', () => {
    const console = 'https://console.groq.com/playground?model=canopylabs%2Forpheus-v1-english';
    render(
      <ErrorNotice
        error={{
          status: 400,
          type: 'invalid_request_error',
          code: 'model_terms_required',
          message: `The model \`canopylabs/orpheus-v1-english\` requires terms acceptance. Please have the org admin accept the terms at ${console}. See also https://evil.example/x`,
        }}
      />,
    );
    expect(screen.getByText(/terms have not been accepted for your organization/)).toBeTruthy();
    const link = screen.getByRole('link', { name: console });
    expect(link.getAttribute('href')).toBe(console);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('link', { name: /evil/ })).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('https://evil.example/x');
  });
});
