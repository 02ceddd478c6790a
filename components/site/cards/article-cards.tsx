import { useLocale, useTranslations } from 'next-intl';
import type { ArticleCard } from '@/lib/data/article-shapes';
import { formatDateTime } from '@/lib/text/dates';
import { articlePath, linkPath } from '@/lib/urls';
import { categoryLink } from '../frame-links';
import type { CardData, CardVariant } from './card-data';
import { CardList } from './card-list';

interface Props {
  articles: ArticleCard[];
  variant?: CardVariant;
  /** Heading level of the titles within the page outline. */
  level?: 'h2' | 'h3';
  showCategory?: boolean;
  /** The first card's picture is the largest above the fold. */
  leadFirst?: boolean;
  /** Each card in a list item (the caller draws the list). */
  item?: boolean;
}

/** Article cards: what each shows, worked out here (links, names, dates, counts), drawn by CardList. */
export function ArticleCards({ articles, variant = 'standard', level, showCategory = true, leadFirst = false, item }: Props) {
  const locale = useLocale();
  const t = useTranslations('Article');
  const cards = articles.map((a, i): CardData => {
    const lead = leadFirst && i === 0;
    // The excerpt is drawn by lead cards and by cards without a picture; thumbnails paint no placeholder.
    const showsExcerpt = variant === 'lead' || (variant === 'standard' && !a.cover);
    return {
      id: a.id,
      href: linkPath(locale, articlePath(a)),
      title: a.title,
      excerpt: showsExcerpt ? a.excerpt : '',
      language: a.language,
      cover: a.cover && {
        key: a.cover.key,
        width: a.cover.width,
        alt: a.cover.alt,
        ...(variant !== 'compact' && a.cover.placeholder && { placeholder: a.cover.placeholder }),
      },
      category: showCategory ? categoryLink(a.category, locale) : null,
      comments: a.commentCount > 0 ? t('comments', { count: a.commentCount }) : null,
      published: a.publishedAt && { iso: a.publishedAt.toISOString(), absolute: formatDateTime(a.publishedAt, locale) },
      ...(lead && { lead: true as const }),
    };
  });
  return <CardList cards={cards} variant={variant} level={level} item={item} />;
}
