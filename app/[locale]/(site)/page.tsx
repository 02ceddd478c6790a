import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleCards } from '@/components/site/cards/article-cards';
import { CategoryBlock } from '@/components/site/category-block';
import { HeadlineList } from '@/components/site/headline-list';
import { MostRead } from '@/components/site/most-read';
import { SectionHeading } from '@/components/ui/section-heading';
import { JsonLd } from '@/components/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { organizationLd, websiteLd } from '@/lib/seo/structured-data';
import { cachedLatest, cachedMostRead, cachedSiteFrame } from '@/lib/data/public';

/** A category's block: a bigger card and three compact ones (as tall as it, beside it on wide screens). */
const CATEGORY_BLOCK_SIZE = 4;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const { settings } = await cachedSiteFrame();
  return pageMetadata({ description: settings.description, path: '/', locale, siteName: settings.siteName });
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, { settings, categories }, { items: latest }, mostRead] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    cachedSiteFrame(),
    cachedLatest({}, 16),
    cachedMostRead(),
  ]);
  const blocks = await Promise.all(
    categories.map(async (c) => ({ category: c, items: (await cachedLatest({ categoryId: c.id }, CATEGORY_BLOCK_SIZE)).items })),
  );
  const [lead, ...others] = latest;
  const secondary = others.slice(0, 3);
  // Six cards beside the side column, the next headlines in it: the two columns end together.
  const rest = others.slice(3, 9);
  const more = others.slice(9);

  return (
    <main className="mx-auto max-w-7xl px-4 py-6">
      <JsonLd data={[organizationLd(settings), websiteLd(settings, locale)]} />
      <h1 className="sr-only">{`${settings.siteName} — ${settings.tagline}`}</h1>
      {lead && (
        <section aria-labelledby="top-stories" className="grid gap-6 lg:grid-cols-3">
          <h2 id="top-stories" className="sr-only">
            {t('lead')}
          </h2>
          <div className="lg:col-span-2">
            <ArticleCards articles={[lead]} variant="lead" leadFirst />
          </div>
          <div className="flex flex-col gap-5">
            <ArticleCards articles={secondary} variant="compact" />
          </div>
        </section>
      )}
      <div className="mt-10 grid gap-10 lg:grid-cols-3">
        <section aria-labelledby="latest" className="lg:col-span-2">
          <SectionHeading id="latest" title={t('latest')} />
          <div className="grid gap-6 sm:grid-cols-2">
            <ArticleCards articles={rest} />
          </div>
        </section>
        <aside className="flex flex-col gap-10 lg:sticky lg:top-4 lg:self-start">
          <MostRead items={mostRead} />
          <HeadlineList id="more-news" title={t('moreNews')} items={more} />
        </aside>
      </div>
      <div className="mt-12 grid gap-12 lg:grid-cols-2">
        {blocks.map((b) => (
          <CategoryBlock key={b.category.id} category={b.category} items={b.items} />
        ))}
      </div>
    </main>
  );
}
