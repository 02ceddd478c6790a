import { useLocale, useTranslations } from 'next-intl';
import { PlainLink } from '@/components/ui/plain-link';
import type { ArticleCard as Card } from '@/lib/data/article-shapes';
import { CoverImage } from '@/components/ui/cover-image';
import { formatDateTime } from '@/lib/text/dates';
import { articlePath, categoryPath } from '@/lib/urls';
import { CategoryName } from './category-name';
import { TimeAgo } from './time-ago';
import { contentDirection, lineAttributes } from '@/lib/text/direction';

type Variant = 'lead' | 'standard' | 'compact';

const TITLE: Record<Variant, string> = {
  lead: 'text-2xl md:text-3xl',
  standard: 'title-standard',
  compact: 'title-compact',
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
  const published = article.publishedAt ? <TimeAgo iso={article.publishedAt.toISOString()} absolute={formatDateTime(article.publishedAt, locale)} /> : null;
  /** An Arabic article's card in the French interface reads right to left as a whole, and so on. */
  const cardDir = contentDirection(article.language, locale);
  const line = (text: string) => lineAttributes(text, article.language, locale, cardDir);
  const box = cardDir && { dir: cardDir };
  /** The headline, its link covering the whole card. */
  const headline = (className: string, link = 'card-link card-hover') => (
    <Title className={`card-title ${className}`} {...line(article.title)}>
      <PlainLink href={href} className={link}>
        {article.title}
      </PlainLink>
    </Title>
  );
  const meta = (
    <p className="card-meta">
      {/* Isolated: in an Arabic card of the French interface «5 commentaires» read «commentaires 5». */}
      {article.commentCount > 0 && <bdi>{t('comments', { count: article.commentCount })}</bdi>}
      {/* Last, so that the room it keeps for the longer absolute date is at the end of the line. */}
      {published}
    </p>
  );
  const category = showCategory && (
    <PlainLink href={categoryPath(article.category)} className="card-category">
      <CategoryName category={article.category} />
    </PlainLink>
  );

  const excerpt = (className: string) =>
    article.excerpt && (
      <p className={className} {...line(article.excerpt)}>
        {article.excerpt}
      </p>
    );

  if (variant === 'compact') {
    // Without a picture the text takes the whole row, marked at its start by the brand colour.
    return (
      <article
        {...box}
        className={article.cover ? 'group card-row' : 'group card-row border-s-4 border-brand ps-3'}
        {...(!article.cover && { 'data-cover': 'none' })}
      >
        {article.cover && <CoverImage cover={article.cover} sizes={SIZES.compact} widest={160} className="thumb" />}
        <div className="min-w-0">
          {category}
          {headline(TITLE.compact)}
          {meta}
        </div>
      </article>
    );
  }

  if (variant === 'lead') {
    if (!article.cover) {
      // A lead story without a picture: its headline and excerpt on a panel of the brand colour.
      return (
        <article {...box} className="group relative rounded-lg bg-brand p-6 text-on-brand md:p-10" data-cover="none">
          {showCategory && (
            <PlainLink href={categoryPath(article.category)} className="relative z-10 inline-block rounded border border-current px-2 py-0.5 text-sm font-bold">
              <CategoryName category={article.category} />
            </PlainLink>
          )}
          {headline(`mt-3 ${TITLE.lead}`, 'card-link group-hover:underline')}
          {excerpt('mt-3 line-clamp-4 text-lg opacity-90')}
          <div className="[&_p]:text-on-brand/85">{meta}</div>
        </article>
      );
    }
    // The headline sits on the image on wider screens (gradient for contrast), under it on phones.
    return (
      <article {...box} className="group relative overflow-hidden rounded-lg">
        <CoverImage cover={article.cover} sizes={SIZES.lead} lead={lead} className="rounded-lg md:aspect-[16/10]" />
        <div className="mt-3 md:absolute md:inset-x-0 md:bottom-0 md:mt-0 md:bg-linear-to-t md:from-black/90 md:via-black/65 md:to-transparent md:p-6 md:pt-32 md:text-white">
          {showCategory && (
            <PlainLink
              href={categoryPath(article.category)}
              className="relative z-10 inline-block rounded bg-brand px-2 py-0.5 text-sm font-bold text-on-brand"
            >
              <CategoryName category={article.category} />
            </PlainLink>
          )}
          {headline(`mt-2 ${TITLE.lead}`, 'card-link group-hover:underline')}
          {excerpt('mt-2 line-clamp-3 text-lg text-muted md:text-white/90')}
          <div className="md:[&_p]:text-white/85">{meta}</div>
        </div>
      </article>
    );
  }

  if (!article.cover) {
    // A text card: no empty grey tile, the excerpt where the picture would be.
    return (
      <article
        {...box}
        className="group relative flex h-full flex-col rounded-lg border border-line border-t-4 border-t-brand bg-surface p-4"
        data-cover="none"
      >
        {category}
        {headline(TITLE[variant])}
        {excerpt('mt-2 line-clamp-4 text-muted')}
        <div className="mt-auto pt-2">{meta}</div>
      </article>
    );
  }

  return (
    <article {...box} className="group card-stack">
      <CoverImage cover={article.cover} sizes={SIZES[variant]} lead={lead} className="rounded-lg" />
      <div className="mt-3">
        {category}
        {headline(TITLE[variant])}
        {meta}
      </div>
    </article>
  );
}
