import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cachedArticle } from '@/lib/data/public';
import { renderMarkdown } from '@/lib/markdown/render';
import { articlePath } from '@/lib/urls';

type Props = { params: Promise<{ locale: string; id: string; slug: string }> };

export async function generateStaticParams() {
  return [{ id: '1', slug: 'x' }];
}

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
