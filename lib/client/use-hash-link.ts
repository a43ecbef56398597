import { useEffect, useState } from 'react';

/**
 * Whether the URL fragment carries a link `payloadOf` recognises: on load, or once one is pasted into
 * a tab that already shows the playground. It stays true, so the code that opens links (loaded only
 * then) keeps watching the fragment itself.
 */
export function useHashLink(payloadOf: (hash: string) => string | null): boolean {
  const [linked, setLinked] = useState(false);
  useEffect(() => {
    if (linked) return;
    const check = () => {
      if (payloadOf(window.location.hash) !== null) setLinked(true);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [linked, payloadOf]);
  return linked;
}
