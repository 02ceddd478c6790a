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
  // `npm run typecheck` (part of `npm test`) checks the whole project, scripts and tests included;
  // the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // forbidden() renders a 403 page for signed-in staff without the permission.
    authInterrupts: true,
    // Image uploads in the admin; proxy.ts holds every public POST to a much smaller size.
    serverActions: { bodySizeLimit: '11mb' },
  },
  images: {
    loader: 'custom',
    loaderFile: './lib/media/image-loader.ts',
    deviceSizes: [320, 640, 960, 1280],
    imageSizes: [160],
  },
};

export default withNextIntl(nextConfig);
