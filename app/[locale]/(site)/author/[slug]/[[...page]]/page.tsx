import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ARCHIVE_PAGE_SIZE, ArchiveView, archiveNoindex, parsePageSegments } from '@/components/site/archive-view';
import { pageMetadata } from '@/lib/seo/metadata';
import { cachedAuthor, cachedLatest, cachedSiteFrame } from '@/lib/data/public';
import { authorPath } from '@/lib/urls';

type Props = { params: Promise<{ locale: string; slug: string; page?: string[] }> };

export async function generateStaticParams() {
  return [{ slug: '-', page: [] }];
}

async function load(params: Props['params']) {
  const { slug, page: segments } = await params;
  const page = parsePageSegments(segments);
  const author = await cachedAuthor(slug);
  if (!author || !page) notFound();
  const { items, total } = await cachedLatest({ authorId: author.id }, ARCHIVE_PAGE_SIZE, (page - 1) * ARCHIVE_PAGE_SIZE);
  if (page > 1 && !items.length) notFound();
  return { author, page, items, total };
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const [{ author, page }, { settings }, t] = await Promise.all([load(params), cachedSiteFrame(), getTranslations({ locale, namespace: 'Archive' })]);
  const title = t('authorTitle', { name: author.name });
  return pageMetadata({ title: page > 1 ? `${title} (${page})` : title, description: author.bio, path: authorPath(author, page), locale, siteName: settings.siteName, noindex: archiveNoindex(page) });
}

export default async function AuthorPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { author, page, items, total } = await load(params);
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
