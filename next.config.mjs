/** @type {import('next').NextConfig} */
const nextConfig = {
  // Keep groq-sdk unbundled so its error classes keep their identity (instanceof) and names.
  serverExternalPackages: ['groq-sdk'],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // proxy.ts (security headers) runs on every route, and Next then caps request bodies at 10 MB by
    // default; audio uploads may be 25 MB (Groq's limit) plus the multipart envelope, batch input
    // files 100 MB (Groq's Files limit; /api/files streams them on and stops past it).
    proxyClientMaxBodySize: '101mb',
  },
};

export default nextConfig;
