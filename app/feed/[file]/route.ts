import { RSS_HEADERS, rssXml } from '@/lib/seo/rss';

/** RSS 2.0 of one section: /feed/<category>.xml */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = /^([\w-]{1,80})\.xml$/.exec((await params).file)?.[1];
  const xml = slug ? await rssXml(slug) : null;
  return xml ? new Response(xml, { headers: RSS_HEADERS }) : new Response(null, { status: 404 });
}
