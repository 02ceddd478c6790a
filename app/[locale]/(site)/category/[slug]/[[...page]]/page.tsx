import { setRequestLocale } from 'next-intl/server';
import { ArchiveView } from '@/components/site/archive-view';
import { ARCHIVE_PLACEHOLDER, archiveNoindex, loadArchive, type ArchiveParams } from '@/lib/archives';
import { pageMetadata } from '@/lib/seo/metadata';
import { cachedCategories, cachedSiteFrame } from '@/lib/data/public';
import { categoryNameText } from '@/lib/text/category-name';
import { categoryFeedPath, categoryPath } from '@/lib/urls';

type Props = { params: ArchiveParams };

export async function generateStaticParams() {
  const categories = await cachedCategories();
  return categories.length ? categories.map((c) => ({ slug: c.slug, page: [] })) : [ARCHIVE_PLACEHOLDER];
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const [{ owner: category, page }, { settings }] = await Promise.all([loadArchive('category', params), cachedSiteFrame()]);
  const name = categoryNameText(category, locale);
  return pageMetadata({
    title: page > 1 ? `${name} (${page})` : name,
    description: category.description,
    path: categoryPath(category, page),
    locale,
    siteName: settings.siteName,
    noindex: archiveNoindex(page),
    feeds: [{ url: categoryFeedPath(category), title: `${settings.siteName}: ${name}` }],
  });
}

export default async function CategoryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { owner: category, page, items, total } = await loadArchive('category', params);
  return (
    <ArchiveView
      title={categoryNameText(category, locale)}
      description={category.description}
      items={items}
      total={total}
      page={page}
      hrefFor={(n) => categoryPath(category, n)}
      showCategory={false}
    />
  );
}
