import { useTranslations } from 'next-intl';
import type { ArticleCard as Card } from '@/lib/data/article-shapes';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ArticleCards } from './cards/article-cards';
import { SitePagination } from './site-pagination';
import { JsonLd } from '@/components/seo/json-ld';
import { ARCHIVE_PAGE_SIZE } from '@/lib/archives';
import { breadcrumbLd } from '@/lib/seo/structured-data';

interface Props {
  title: string;
  description?: string;
  items: Card[];
  total: number;
  page: number;
  hrefFor: (page: number) => string;
  showCategory?: boolean;
}

/** A category, tag or author archive: title, count, cards and numbered pages. */
export function ArchiveView({ title, description, items, total, page, hrefFor, showCategory = true }: Props) {
  const t = useTranslations('Archive');
  const tf = useTranslations('Frame');
  const pages = Math.max(1, Math.ceil(total / ARCHIVE_PAGE_SIZE));
  return (
    <main className="mx-auto max-w-7xl px-4 py-6">
      <JsonLd
        data={breadcrumbLd([
          { name: tf('home'), path: '/' },
          { name: title, path: hrefFor(1) },
        ])}
      />
      <Breadcrumb label={tf('breadcrumb')} items={[{ href: '/', name: tf('home') }, { name: title }]} />
      <header className="mb-8 border-b-2 border-brand pb-4">
        <h1 className="font-kufi text-3xl font-bold">{page > 1 ? t('pageTitle', { title, page }) : title}</h1>
        {/* Written by an editor in the site's language: its own direction in any interface. */}
        {description && (
          <p dir="auto" className="mt-2 text-lg text-muted">
            {description}
          </p>
        )}
        <p className="mt-1 text-sm text-muted">{t('count', { count: total })}</p>
      </header>
      {items.length ? (
        <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
          <ArticleCards articles={items} level="h2" showCategory={showCategory} leadFirst={page === 1} />
        </div>
      ) : (
        <p className="text-lg">{t('empty')}</p>
      )}
      <SitePagination page={page} pages={pages} href={hrefFor} />
    </main>
  );
}
