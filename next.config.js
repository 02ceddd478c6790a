import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  images: {
    loader: 'custom',
    loaderFile: './lib/media/image-loader.ts',
    deviceSizes: [320, 640, 960, 1280],
    imageSizes: [160],
  },
};

export default withNextIntl(nextConfig);
