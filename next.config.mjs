/** @type {import('next').NextConfig} */
const nextConfig = {
  // Keep groq-sdk unbundled so its error classes keep their identity (instanceof) and names.
  serverExternalPackages: ['groq-sdk'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
