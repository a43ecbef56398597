/**
 * Runs once when the server starts, before it takes a request (Next.js instrumentation hook):
 * checks every setting — a bad value stops the server with a message naming the variable — and, on
 * the Node runtime, installs the hook that lets the rate limits see each connection's real address.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServerChecks } = await import('./lib/security/startup');
  await startServerChecks();
}
