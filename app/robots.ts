import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site-url';

/** Everything public is crawlable; the admin, search results and internal endpoints are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/fr/admin', '/en/admin', '/search', '/fr/search', '/en/search', '/api/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
