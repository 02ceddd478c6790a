import { fileURLToPath } from 'node:url';
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  // Without partial prefetching the first visit to an article gets the whole page in its first response
  // (readers without JavaScript, crawlers, real 308 redirects), which is then stored and reused.
  partialPrefetching: false,
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // proxy.ts answers addresses with a trailing slash itself: 301 to an imported item's new page
  // when it is an old address, else to the address without the slash.
  skipTrailingSlashRedirect: true,
  // The server around Next (lib/serve) compresses: a stored page once, with its gzip and brotli
  // bodies kept; the other answers as they go.
  compress: false,
  // A stored page has an ETag of its own, made with its bodies; the others are not kept for reuse.
  generateEtags: false,
  // `npm run typecheck` (part of `npm test`) checks the whole project, scripts and tests included;
  // the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // forbidden() renders a 403 page for signed-in staff without the permission.
    authInterrupts: true,
    // Image uploads in the admin (STAFF_BODY_LIMIT in lib/http/body-limits.ts, which holds every
    // other body to much less). The proxy gets a copy of each body it sees, cut silently at its own
    // limit (10 MB by default): an upload of 10 MB would reach the action cut short.
    serverActions: { bodySizeLimit: '11mb' },
    proxyClientMaxBodySize: '11mb',
  },
};

const handler = (file) => fileURLToPath(new URL(`./lib/cache/handlers/${file}`, import.meta.url));

/**
 * With REDIS_URL, `next start` keeps its page cache, its 'use cache' data and its tag
 * invalidations in Redis, shared by every instance (see the README's production topology).
 * The build itself always prerenders to its own folder.
 */
const sharedCache = {
  cacheHandler: handler('incremental.mjs'),
  cacheHandlers: { default: handler('use-cache.mjs'), remote: handler('use-cache.mjs') },
};

export default function config(phase) {
  const shared = phase === PHASE_PRODUCTION_SERVER && process.env.REDIS_URL;
  return withNextIntl(shared ? { ...nextConfig, ...sharedCache } : nextConfig);
}
