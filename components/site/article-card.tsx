import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { ArticleCard as Card } from '@/lib/data/article-shapes';
import { CoverImage } from '@/components/ui/cover-image';
import { formatDateTime } from '@/lib/text/dates';
import { articlePath, categoryPath } from '@/lib/urls';
import { TimeAgo } from './time-ago';

type Variant = 'lead' | 'standard' | 'compact';

const TITLE: Record<Variant, string> = {
  lead: 'text-2xl leading-snug md:text-3xl',
  standard: 'text-lg leading-snug line-clamp-3',
  compact: 'text-base leading-snug line-clamp-3',
};
const SIZES: Record<Variant, string> = {
  lead: '(min-width: 1024px) 760px, 100vw',
  standard: '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw',
  compact: '160px',
};

interface Props {
  article: Card;
  variant?: Variant;
  /** Heading level of the title within the page outline. */
  level?: 'h2' | 'h3';
  showCategory?: boolean;
  lead?: boolean;
}

/** The three card shapes of the portal: lead, standard, compact (thumbnail at the start). */
export function ArticleCard({ article, variant = 'standard', level: Title = 'h3', showCategory = true, lead = false }: Props) {
  const locale = useLocale();
  const t = useTranslations('Article');
  const href = articlePath(article);
  const published = article.publishedAt ? (
    <TimeAgo iso={article.publishedAt.toISOString()} absolute={formatDateTime(article.publishedAt, locale)} />
  ) : null;
  const dir = article.language === 'ar' ? 'rtl' : 'ltr';
  const meta = (
    <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-muted">
      {article.commentCount > 0 && <span>{t('comments', { count: article.commentCount })}</span>}
      {/* Last, so that the room it keeps for the longer absolute date is at the end of the line. */}
      {published}
    </p>
  );
  const category = showCategory && (
    <Link href={categoryPath(article.category)} className="relative z-10 text-sm font-bold text-brand-ink hover:underline">
      {article.category.name}
    </Link>
  );

  if (variant === 'compact') {
    return (
      <article className="group relative flex gap-3">
        <CoverImage cover={article.cover} sizes={SIZES.compact} className="w-28 shrink-0 rounded-md sm:w-32" />
        <div className="min-w-0">
          {category}
          <Title className={`font-kufi font-bold ${TITLE.compact}`} lang={article.language} dir={dir}>
            <Link href={href} className="after:absolute after:inset-0 group-hover:text-brand-ink">
              {article.title}
            </Link>
          </Title>
          {meta}
        </div>
      </article>
    );
  }

  if (variant === 'lead') {
    // The headline sits on the image on wider screens (gradient for contrast), under it on phones.
    return (
      <article className="group relative overflow-hidden rounded-lg">
        <CoverImage cover={article.cover} sizes={SIZES.lead} lead={lead} className="rounded-lg md:aspect-[16/10]" />
        <div className="mt-3 md:absolute md:inset-x-0 md:bottom-0 md:mt-0 md:bg-linear-to-t md:from-black/90 md:via-black/65 md:to-transparent md:p-6 md:pt-32 md:text-white">
          {showCategory && (
            <Link href={categoryPath(article.category)} className="relative z-10 inline-block rounded bg-brand px-2 py-0.5 text-sm font-bold text-on-brand">
              {article.category.name}
            </Link>
          )}
          <Title className={`mt-2 font-kufi font-bold ${TITLE.lead}`} lang={article.language} dir={dir}>
            <Link href={href} className="after:absolute after:inset-0 group-hover:underline">
              {article.title}
            </Link>
          </Title>
          {article.excerpt && (
            <p className="mt-2 line-clamp-3 text-lg text-muted md:text-white/90" lang={article.language} dir={dir}>
              {article.excerpt}
            </p>
          )}
          <div className="md:[&_p]:text-white/85">{meta}</div>
        </div>
      </article>
    );
  }

  return (
    <article className="group relative flex flex-col">
      <CoverImage cover={article.cover} sizes={SIZES[variant]} lead={lead} className="rounded-lg" />
      <div className="mt-3">
        {category}
        <Title className={`font-kufi font-bold ${TITLE[variant]}`} lang={article.language} dir={dir}>
          <Link href={href} className="after:absolute after:inset-0 group-hover:text-brand-ink">
            {article.title}
          </Link>
        </Title>
        {meta}
      </div>
    </article>
  );
}
