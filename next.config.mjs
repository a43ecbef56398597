/**
 * Headers every response carries — pages, API answers, and `/_next/static` files alike (proxy.ts
 * does not run for static files or the API; it only adds the per-request CSP nonce to pages).
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), geolocation=(), microphone=(self)' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Keep groq-sdk unbundled so its error classes keep their identity (instanceof) and names.
  serverExternalPackages: ['groq-sdk', 'ioredis', 'rate-limiter-flexible'],
  poweredByHeader: false,
  // `npm run dev` opened as http://127.0.0.1:3000 (not only localhost) must hydrate: Next 16 blocks
  // its dev scripts for other origins by default.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  reactStrictMode: true,
  experimental: {
    // When proxy.ts runs on a request with a body, Next.js copies the whole body in memory first, up
    // to this size. The proxy runs for pages only (not /api), and pages take no bodies: keep it small
    // so nobody can make the server buffer megabytes by POSTing to a page.
    proxyClientMaxBodySize: '16kb',
    // The app is one page: merge its first visit into few chunks. Measured (npm run bench:bundle):
    // 13 scripts → 6 and 7 kB less gzip, since one larger file compresses better than seven small
    // ones. Sizes are Turbopack's unminified bytes (about 5× the gzip figure).
    turbopackChunking: { minChunkSize: 400_000, maxChunkCountPerGroup: 6, maxMergeChunkSize: 2_000_000 },
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        // API answers are data, never documents: nothing in them may run, submit, or be framed, and
        // one opened as a page gets an opaque origin (sandbox) with no access to this one's storage.
        source: '/api/:path*',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: "default-src 'none'; frame-ancestors 'none'; form-action 'none'; sandbox",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
