import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleBody } from '@/components/site/article/article-body';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { cachedPage, cachedSiteFrame } from '@/lib/data/public';
import { pageMetadata } from '@/lib/seo/metadata';
import { safeDecode } from '@/lib/urls';

type Props = { params: Promise<{ locale: string; pageSlug: string }> };

export function generateStaticParams() {
  return ['about', 'contact', 'privacy'].map((pageSlug) => ({ pageSlug }));
}

/** Page slugs are Latin or Arabic words and hyphens (an imported site's pages keep theirs). */
const PAGE_SLUG = /^[\p{L}\p{N}-]{1,120}$/u;

async function load(params: Props['params']) {
  const slug = safeDecode((await params).pageSlug)?.normalize('NFC');
  const page = slug && PAGE_SLUG.test(slug) ? await cachedPage(slug) : null;
  if (!page) notFound();
  return page;
}

const pagePath = (slug: string) => `/${encodeURIComponent(slug)}`;

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const [page, { settings }] = await Promise.all([load(params), cachedSiteFrame()]);
  return pageMetadata({ title: page.title, path: pagePath(page.slug), locale, siteName: settings.siteName });
}

/** About, contact, privacy and imported pages: pages editors keep in the database. */
export default async function StaticPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const page = await load(params);
  const tf = await getTranslations({ locale, namespace: 'Frame' });
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      {page.parent && (
        <Breadcrumb
          label={tf('breadcrumb')}
          items={[{ href: '/', name: tf('home') }, { href: pagePath(page.parent.slug), name: page.parent.title }, { name: page.title }]}
        />
      )}
      <h1 className="mb-6 font-kufi text-3xl font-bold">{page.title}</h1>
      <ArticleBody body={page.body} rtl />
    </main>
  );
}
