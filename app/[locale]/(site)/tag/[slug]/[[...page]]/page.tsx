import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArchiveView } from '@/components/site/archive-view';
import { ARCHIVE_PLACEHOLDER, archiveNoindex, loadArchive, type ArchiveParams } from '@/lib/archives';
import { pageMetadata } from '@/lib/seo/metadata';
import { cachedSiteFrame } from '@/lib/data/public';
import { tagPath } from '@/lib/urls';

type Props = { params: ArchiveParams };

export async function generateStaticParams() {
  // Tags are many: each is rendered on its first visit and cached.
  return [ARCHIVE_PLACEHOLDER];
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const [{ owner: tag, page }, { settings }, t] = await Promise.all([
    loadArchive('tag', params),
    cachedSiteFrame(),
    getTranslations({ locale, namespace: 'Archive' }),
  ]);
  const title = t('tagTitle', { name: tag.name });
  return pageMetadata({
    title: page > 1 ? `${title} (${page})` : title,
    path: tagPath(tag, page),
    locale,
    siteName: settings.siteName,
    noindex: archiveNoindex(page),
  });
}

export default async function TagPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { owner: tag, page, items, total } = await loadArchive('tag', params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  return <ArchiveView title={t('tagTitle', { name: tag.name })} items={items} total={total} page={page} hrefFor={(n) => tagPath(tag, n)} />;
}
