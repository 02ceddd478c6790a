import { sitemapIndexXml, XML_HEADERS } from '@/lib/seo/sitemaps';

/** The sitemap index robots.txt names. */
export async function GET() {
  return new Response(await sitemapIndexXml(), { headers: XML_HEADERS });
}
