import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArchiveView } from '@/components/site/archive-view';
import { ARCHIVE_PLACEHOLDER, archiveNoindex, loadArchive, type ArchiveParams } from '@/lib/archives';
import { pageMetadata } from '@/lib/seo/metadata';
import { cachedSiteFrame } from '@/lib/data/public';
import { authorPath } from '@/lib/urls';

type Props = { params: ArchiveParams };

export async function generateStaticParams() {
  return [ARCHIVE_PLACEHOLDER];
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const [{ owner: author, page }, { settings }, t] = await Promise.all([
    loadArchive('author', params),
    cachedSiteFrame(),
    getTranslations({ locale, namespace: 'Archive' }),
  ]);
  const title = t('authorTitle', { name: author.name });
  return pageMetadata({
    title: page > 1 ? `${title} (${page})` : title,
    description: author.bio,
    path: authorPath(author, page),
    locale,
    siteName: settings.siteName,
    noindex: archiveNoindex(page),
  });
}

export default async function AuthorPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { owner: author, page, items, total } = await loadArchive('author', params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  return (
    <ArchiveView
      title={t('authorTitle', { name: author.name })}
      description={author.bio}
      items={items}
      total={total}
      page={page}
      hrefFor={(n) => authorPath(author, n)}
    />
  );
}
