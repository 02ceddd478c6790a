import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ArticleBody } from '@/components/site/article/article-body';
import { cachedPage, cachedSiteFrame } from '@/lib/data/public';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; pageSlug: string }> };

export function generateStaticParams() {
  return ['about', 'contact', 'privacy'].map((pageSlug) => ({ pageSlug }));
}

async function load(params: Props['params']) {
  const { pageSlug } = await params;
  const page = /^[a-z-]{1,40}$/.test(pageSlug) ? await cachedPage(pageSlug) : null;
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: Props) {
  const { locale, pageSlug } = await params;
  const [page, { settings }] = await Promise.all([load(params), cachedSiteFrame()]);
  return pageMetadata({ title: page.title, path: `/${pageSlug}`, locale, siteName: settings.siteName });
}

/** About, contact, privacy: pages editors keep in the database. */
export default async function StaticPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const page = await load(params);
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="mb-6 font-kufi text-3xl font-bold">{page.title}</h1>
      <ArticleBody source={page.body} rtl media={{}} />
    </main>
  );
}
