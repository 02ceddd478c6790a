import { RSS_HEADERS, rssXml } from '@/lib/seo/rss';

/** RSS 2.0 of the whole site. */
export async function GET() {
  return new Response(await rssXml(), { headers: RSS_HEADERS });
}
