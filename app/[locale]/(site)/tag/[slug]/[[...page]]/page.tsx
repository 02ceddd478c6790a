import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ARCHIVE_PAGE_SIZE, ArchiveView, archiveNoindex, parsePageSegments } from '@/components/site/archive-view';
import { pageMetadata } from '@/lib/seo/metadata';
import { cachedLatest, cachedSiteFrame, cachedTag } from '@/lib/data/public';
import { safeDecode, tagPath } from '@/lib/urls';

type Props = { params: Promise<{ locale: string; slug: string; page?: string[] }> };

export async function generateStaticParams() {
  // Tags are many: each is rendered on its first visit and cached.
  return [{ slug: '-', page: [] }];
}

async function load(params: Props['params']) {
  const { slug, page: segments } = await params;
  const page = parsePageSegments(segments);
  const tag = await cachedTag(safeDecode(slug) ?? '');
  if (!tag || !page) notFound();
  const { items, total } = await cachedLatest({ tagId: tag.id }, ARCHIVE_PAGE_SIZE, (page - 1) * ARCHIVE_PAGE_SIZE);
  if (page > 1 && !items.length) notFound();
  return { tag, page, items, total };
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const [{ tag, page }, { settings }, t] = await Promise.all([load(params), cachedSiteFrame(), getTranslations({ locale, namespace: 'Archive' })]);
  const title = t('tagTitle', { name: tag.name });
  return pageMetadata({ title: page > 1 ? `${title} (${page})` : title, path: tagPath(tag, page), locale, siteName: settings.siteName, noindex: archiveNoindex(page) });
}

export default async function TagPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { tag, page, items, total } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  return <ArchiveView title={t('tagTitle', { name: tag.name })} items={items} total={total} page={page} hrefFor={(n) => tagPath(tag, n)} />;
}
