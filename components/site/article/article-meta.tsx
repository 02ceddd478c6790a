import { useLocale, useTranslations } from 'next-intl';
import { PlainLink } from '@/components/ui/plain-link';
import { formatDateTime, formatHijri } from '@/lib/text/dates';
import { authorPath } from '@/lib/urls';

interface Props {
  siteName: string;
  sourceLine: string;
  /** An outside outlet the story comes from; empty: the site itself. */
  sourceOutlet: string;
  author: { name: string; slug: string };
  publishedAt: Date;
  updatedAt: Date | null;
  minutes: number;
}

/**
 * «أزغار اليوم: متابعة · بقلم … · الجمعة 26 يوليوز 2024 - 10:05 · 20 محرم 1446 هـ · 4 دقائق قراءة»;
 * a story from another outlet credits it instead of the site («الساحل: متابعة»).
 */
export function ArticleMeta({ siteName, sourceLine, sourceOutlet, author, publishedAt, updatedAt, minutes }: Props) {
  const locale = useLocale();
  const t = useTranslations('Article');
  const dot = <span aria-hidden="true">·</span>;
  const credited = Boolean(sourceLine || sourceOutlet);
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
      {credited && (
        <strong className="text-fg" data-testid="source-line">
          {sourceLine ? t.rich('sourceLine', { outlet: sourceOutlet || siteName, source: sourceLine, bdi: (c) => <bdi>{c}</bdi> }) : <bdi>{sourceOutlet}</bdi>}
        </strong>
      )}
      {credited && dot}
      <span>
        {t('by')}{' '}
        <PlainLink href={authorPath(author)} rel="author" className="font-bold text-brand-ink hover:underline">
          {author.name}
        </PlainLink>
      </span>
      {dot}
      <span>
        <span className="sr-only">{t('publishedOn')} </span>
        <time dateTime={publishedAt.toISOString()}>{formatDateTime(publishedAt, locale)}</time>
      </span>
      {dot}
      <span title={t('hijri')}>{formatHijri(publishedAt, locale)}</span>
      {dot}
      <span>{t('readingTime', { minutes })}</span>
      {updatedAt && (
        <span className="basis-full">
          {t('updatedOn')}: <time dateTime={updatedAt.toISOString()}>{formatDateTime(updatedAt, locale)}</time>
        </span>
      )}
    </div>
  );
}
