/** @type {import('next').NextConfig} */
const nextConfig = {
  // Keep groq-sdk unbundled so its error classes keep their identity (instanceof) and names.
  serverExternalPackages: ['groq-sdk'],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // proxy.ts (security headers) runs on every route, and Next then caps request bodies at 10 MB by
    // default; audio uploads may be 25 MB (Groq's limit) plus the multipart envelope.
    proxyClientMaxBodySize: '27mb',
  },
};

export default nextConfig;
