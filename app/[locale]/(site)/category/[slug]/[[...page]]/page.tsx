import { setRequestLocale } from 'next-intl/server';
import { ArchiveView } from '@/components/site/archive-view';
import { archiveNoindex, loadArchive, type ArchiveParams } from '@/lib/archives';
import { pageMetadata } from '@/lib/seo/metadata';
import { cachedCategories, cachedSiteFrame } from '@/lib/data/public';
import { categoryFeedPath, categoryPath } from '@/lib/urls';

type Props = { params: ArchiveParams };

export async function generateStaticParams() {
  return (await cachedCategories()).map((c) => ({ slug: c.slug, page: [] }));
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const [{ owner: category, page }, { settings }] = await Promise.all([loadArchive('category', params), cachedSiteFrame()]);
  return pageMetadata({
    title: page > 1 ? `${category.name} (${page})` : category.name,
    description: category.description,
    path: categoryPath(category, page),
    locale,
    siteName: settings.siteName,
    noindex: archiveNoindex(page),
    feeds: [{ url: categoryFeedPath(category), title: `${settings.siteName}: ${category.name}` }],
  });
}

export default async function CategoryPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const { owner: category, page, items, total } = await loadArchive('category', params);
  return (
    <ArchiveView
      title={category.name}
      description={category.description}
      items={items}
      total={total}
      page={page}
      hrefFor={(n) => categoryPath(category, n)}
      showCategory={false}
    />
  );
}
