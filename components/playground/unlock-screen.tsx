'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';

/** Shown instead of the playground when the deployment has an access code and this browser has no cookie. */
export function UnlockScreen() {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const unlock = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch('/api/unlock', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      if (response.ok) {
        window.location.reload();
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setProblem(body?.error?.message ?? `Unlock failed (${response.status}).`);
    } catch (error) {
      setProblem(`Network error: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-4 px-4">
      <h1 className="text-xl font-semibold">
        <span className="text-groq-strong dark:text-groq">Groq</span> Playground
      </h1>
      <p className="text-sm text-neutral-600 dark:text-neutral-300">
        This playground is protected. Enter the access code to continue.
      </p>
      <form
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void unlock();
        }}
      >
        <Field label="Access code" error={problem}>
          {(control) => (
            <Input
              {...control}
              type="password"
              autoComplete="current-password"
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          )}
        </Field>
        <Button type="submit" variant="primary" size="md" disabled={busy || code === ''}>
          Unlock
        </Button>
      </form>
    </main>
  );
}
