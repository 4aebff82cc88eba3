/** @type {import('next').NextConfig} */
const nextConfig = {
  // This app lives inside a pnpm workspace; its own folder is the root Next traces from.
  outputFileTracingRoot: import.meta.dirname,
  poweredByHeader: false,
};

export default nextConfig;
