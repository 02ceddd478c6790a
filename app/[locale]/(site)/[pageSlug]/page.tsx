import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ArticleBody } from '@/components/site/article/article-body';
import { cachedPage } from '@/lib/data/public';

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
  const page = await load(params);
  return { title: page.title };
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
