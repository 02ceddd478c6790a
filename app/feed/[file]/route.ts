import { RSS_HEADERS, rssXml } from '@/lib/seo/rss';
import { slugFromSegment } from '@/lib/urls';

/** RSS 2.0 of one section: /feed/<category>.xml */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = /^(.{1,800})\.xml$/.exec((await params).file)?.[1];
  const slug = name ? slugFromSegment(name) : null;
  const xml = slug ? await rssXml(slug) : null;
  return xml ? new Response(xml, { headers: RSS_HEADERS }) : new Response(null, { status: 404 });
}
