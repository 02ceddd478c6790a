import { cachedArticle } from '@/lib/data/public';
import { articlePath, localizedPath } from '@/lib/urls';

type Context = { params: Promise<{ locale: string; id: string }> };

/** An article's short address (what the share links give): a permanent redirect to its current one. */
export async function GET(_request: Request, { params }: Context) {
  const { locale, id } = await params;
  const article = /^\d{1,9}$/.test(id) ? await cachedArticle(Number(id)) : null;
  if (!article) return new Response(null, { status: 404, headers: { 'Cache-Control': 'public, max-age=60' } });
  return new Response(null, {
    status: 308,
    headers: { Location: localizedPath(locale, articlePath(article)), 'Cache-Control': 'public, max-age=600' },
  });
}
