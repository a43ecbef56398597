import { type NextRequest, NextResponse } from 'next/server';

/**
 * The Content-Security-Policy of every page. Scripts: only this origin's, plus Next's inline bootstrap
 * scripts carrying a fresh per-request nonce (Next reads it from the request's CSP header). The
 * browser may connect only to this origin: it never talks to Groq directly.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // Attached images may be any https URL or an uploaded data URL; audio plays from blob URLs.
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The prompt tokenizer runs in a worker served from this origin (lib/eval/token-worker.ts).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest) {
  // Pages take no bodies (there are no server actions): refuse anything but reads at once.
  if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
    return new NextResponse(null, { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  return response;
}

/**
 * Pages only. Not the API: when a proxy runs on a request with a body, Next.js buffers that body in
 * memory before the route sees it — the API gate must refuse unauthenticated uploads unread. The
 * other security headers (nosniff and friends) come from next.config.mjs, for every path.
 */
export const config = {
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' }],
};
