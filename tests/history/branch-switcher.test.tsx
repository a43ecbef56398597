// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BranchSwitcher } from '@/components/history/branch-switcher';

afterEach(cleanup);

function Switcher({ count, start }: { count: number; start: number }) {
  const [index, setIndex] = useState(start);
  return (
    <BranchSwitcher
      index={index}
      count={count}
      onPrevious={() => setIndex(index - 1)}
      onNext={() => setIndex(index + 1)}
    />
  );
}

describe('BranchSwitcher', () => {
  it('shows "2 of 2", moves with Previous branch and Next branch, disabled at the ends', async () => {
    const user = userEvent.setup();
    render(<Switcher count={2} start={2} />);
    const group = screen.getByRole('group', { name: 'Branches' });
    expect(group.textContent).toContain('2 of 2');
    const previous = screen.getByRole('button', { name: 'Previous branch' });
    const next = screen.getByRole('button', { name: 'Next branch' });
    expect(next).toHaveProperty('disabled', true);
    await user.click(previous);
    expect(group.textContent).toContain('1 of 2');
    expect(previous).toHaveProperty('disabled', true);
    next.focus();
    await user.keyboard('{Enter}');
    expect(group.textContent).toContain('2 of 2');
  });

  it('shows nothing for a turn with one branch', () => {
    render(<Switcher count={1} start={1} />);
    expect(screen.queryByRole('group', { name: 'Branches' })).toBeNull();
  });
});
