import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { absoluteUrl } from '@/lib/site-url';
import { localizedPath } from '@/lib/urls';

/** Everything public is crawlable; the admin, search results and internal endpoints are not. */
export default function robots(): MetadataRoute.Robots {
  const closed = routing.locales.flatMap((l) => [localizedPath(l, '/admin'), localizedPath(l, '/search')]);
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: [...closed, '/api/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
