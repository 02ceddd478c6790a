import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cachedArticle, cachedLatest } from '@/lib/data/public';
import { renderMarkdown } from '@/lib/markdown/render';
import { articlePath } from '@/lib/urls';

// Readers (and crawlers, and browsers without JavaScript) get the whole article in the first
// response: the first visit renders it, later visits are served from the cache.
export const instant = false;

/** The newest articles are rendered at build time; the others on their first visit, then cached. */
export async function generateStaticParams() {
  const latest = await cachedLatest({}, 20);
  // Cache Components wants at least one entry; an id that never exists renders the 404 page.
  return latest.items.length ? latest.items.map((a) => ({ id: String(a.id), slug: a.slug })) : [{ id: '0', slug: '-' }];
}

type Props = { params: Promise<{ locale: string; id: string; slug: string }> };

export default async function ArticlePage({ params }: Props) {
  const { locale, id, slug } = await params;
  setRequestLocale(locale);
  const article = /^\d+$/.test(id) ? await cachedArticle(Number(id)) : null;
  if (!article) notFound();
  if (decodeURIComponent(slug) !== article.slug) permanentRedirect(articlePath(article));
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <main id="main" className="mx-auto max-w-3xl p-4">
      <h1 className="text-3xl font-bold">{article.title}</h1>
      <p>{t('by')} {article.author.name}</p>
      <div className="prose-article">
        {renderMarkdown(article.body, { rtl: article.language === 'ar', components: { img: (p) => <img {...p} alt={p.alt ?? ''} />, a: (p) => <a {...p} /> } })}
      </div>
    </main>
  );
}
