'use client';

import type { ReactNode } from 'react';
import { Button } from './button';
import { Notice } from './notice';

/** Why an opened link changed nothing, above the workbench, until dismissed. */
export function LinkProblem({ children, onDismiss }: { children: ReactNode; onDismiss: () => void }) {
  return (
    <div className="mx-auto w-full max-w-4xl shrink-0 px-3 pt-3 sm:px-4">
      <Notice
        tone="error"
        compact
        action={
          <Button variant="ghost" size="xs" onClick={onDismiss}>
            Dismiss
          </Button>
        }
      >
        {children}
      </Notice>
    </div>
  );
}
