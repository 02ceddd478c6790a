import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ARCHIVE_PAGE_SIZE, ArchiveView, archiveNoindex, parsePageSegments } from '@/components/site/archive-view';
import { pageMetadata } from '@/lib/seo/metadata';
import { cachedCategories, cachedCategory, cachedLatest, cachedSiteFrame } from '@/lib/data/public';
import { categoryFeedPath, categoryPath } from '@/lib/urls';

type Props = { params: Promise<{ locale: string; slug: string; page?: string[] }> };

export async function generateStaticParams() {
  return (await cachedCategories()).map((c) => ({ slug: c.slug, page: [] }));
}

async function load(params: Props['params']) {
  const { slug, page: segments } = await params;
  const page = parsePageSegments(segments);
  const category = await cachedCategory(slug);
  if (!category || !page) notFound();
  const { items, total } = await cachedLatest({ categoryId: category.id }, ARCHIVE_PAGE_SIZE, (page - 1) * ARCHIVE_PAGE_SIZE);
  if (page > 1 && !items.length) notFound();
  return { category, page, items, total };
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const [{ category, page }, { settings }] = await Promise.all([load(params), cachedSiteFrame()]);
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
  const { category, page, items, total } = await load(params);
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
