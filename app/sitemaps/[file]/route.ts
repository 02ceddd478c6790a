import { sitemapXml, XML_HEADERS } from '@/lib/seo/sitemaps';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = /^([a-z]+(?:-\d+)?)\.xml$/.exec((await params).file)?.[1];
  const xml = name ? await sitemapXml(name) : null;
  return xml ? new Response(xml, { headers: XML_HEADERS }) : new Response(null, { status: 404 });
}
