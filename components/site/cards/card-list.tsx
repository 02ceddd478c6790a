'use client';

import { usePlainLocale } from '@/components/shell/plain-messages-provider';
import { CoverImage } from '@/components/ui/cover-image';
import { contentDirection, lineAttributes } from '@/lib/text/direction';
import { ItemLink } from '../link-items';
import { TimeAgo } from '../time-ago';
import { CARD_SIZES, THUMBNAIL_WIDTH, type CardData, type CardVariant } from './card-data';

const TITLE: Record<CardVariant, string> = {
  lead: 'text-2xl md:text-3xl',
  standard: 'title-standard',
  compact: 'title-compact',
};

interface Props {
  cards: CardData[];
  variant?: CardVariant;
  /** Heading level of the titles within the page outline. */
  level?: 'h2' | 'h3';
  /** Each card in a list item, for lists (`<ul>`, `<ol>`) the server drew around them. */
  item?: boolean;
}

/**
 * Cards drawn from data (card-data.ts): the three shapes of the portal, lead, standard and compact
 * (thumbnail at the start). The same markup on the server and in the browser; nothing changes
 * after hydration, so this renders once.
 */
export function CardList({ cards, variant = 'standard', level = 'h3', item = false }: Props) {
  const locale = usePlainLocale();
  return cards.map((card) => {
    const drawn = <Card key={card.id} card={card} variant={variant} Title={level} locale={locale} />;
    return item ? <li key={card.id}>{drawn}</li> : drawn;
  });
}

function Card({ card, variant, Title, locale }: { card: CardData; variant: CardVariant; Title: 'h2' | 'h3'; locale: string }) {
  /** An Arabic article's card in the French interface reads right to left as a whole, and so on. */
  const cardDir = contentDirection(card.language, locale);
  const line = (text: string) => lineAttributes(text, card.language, locale, cardDir);
  const box = cardDir && { dir: cardDir };
  /** The headline, its link covering the whole card. */
  const headline = (className: string, link = 'card-link card-hover') => (
    <Title className={`card-title ${className}`} {...line(card.title)}>
      <a href={card.href} className={link}>
        {card.title}
      </a>
    </Title>
  );
  const meta = (
    <p className="card-meta">
      {/* Isolated: in an Arabic card of the French interface «5 commentaires» read «commentaires 5». */}
      {card.comments && <bdi>{card.comments}</bdi>}
      {/* Last, so that the room it keeps for the longer absolute date is at the end of the line. */}
      {card.published && <TimeAgo iso={card.published.iso} absolute={card.published.absolute} />}
    </p>
  );
  const categoryLink = (className = 'card-category') => card.category && <ItemLink link={card.category} className={className} />;
  const excerpt = (className: string) =>
    card.excerpt && (
      <p className={className} {...line(card.excerpt)}>
        {card.excerpt}
      </p>
    );

  if (variant === 'compact') {
    // Without a picture the text takes the whole row, marked at its start by the brand colour.
    return (
      <article
        {...box}
        className={card.cover ? 'group card-row' : 'group card-row border-s-4 border-brand ps-3'}
        {...(!card.cover && { 'data-cover': 'none' })}
      >
        {card.cover && <CoverImage cover={card.cover} sizes={CARD_SIZES.compact} widest={THUMBNAIL_WIDTH} className="thumb" />}
        <div className="min-w-0">
          {categoryLink()}
          {headline(TITLE.compact)}
          {meta}
        </div>
      </article>
    );
  }

  if (variant === 'lead') {
    if (!card.cover) {
      // A lead story without a picture: its headline and excerpt on a panel of the brand colour.
      return (
        <article {...box} className="group relative rounded-lg bg-brand p-6 text-on-brand md:p-10" data-cover="none">
          {categoryLink('relative z-10 inline-block rounded border border-current px-2 py-0.5 text-sm font-bold')}
          {headline(`mt-3 ${TITLE.lead}`, 'card-link group-hover:underline')}
          {excerpt('mt-3 line-clamp-4 text-lg opacity-90')}
          <div className="[&_p]:text-on-brand/85">{meta}</div>
        </article>
      );
    }
    // The headline sits on the image on wider screens (gradient for contrast), under it on phones.
    return (
      <article {...box} className="group relative overflow-hidden rounded-lg">
        <CoverImage cover={card.cover} sizes={CARD_SIZES.lead} lead={card.lead} className="rounded-lg md:aspect-[16/10]" />
        <div className="mt-3 md:absolute md:inset-x-0 md:bottom-0 md:mt-0 md:bg-linear-to-t md:from-black/90 md:via-black/65 md:to-transparent md:p-6 md:pt-32 md:text-white">
          {categoryLink('relative z-10 inline-block rounded bg-brand px-2 py-0.5 text-sm font-bold text-on-brand')}
          {headline(`mt-2 ${TITLE.lead}`, 'card-link group-hover:underline')}
          {excerpt('mt-2 line-clamp-3 text-lg text-muted md:text-white/90')}
          <div className="md:[&_p]:text-white/85">{meta}</div>
        </div>
      </article>
    );
  }

  if (!card.cover) {
    // A text card: no empty grey tile, the excerpt where the picture would be.
    return (
      <article
        {...box}
        className="group relative flex h-full flex-col rounded-lg border border-line border-t-4 border-t-brand bg-surface p-4"
        data-cover="none"
      >
        {categoryLink()}
        {headline(TITLE[variant])}
        {excerpt('mt-2 line-clamp-4 text-muted')}
        <div className="mt-auto pt-2">{meta}</div>
      </article>
    );
  }

  return (
    <article {...box} className="group card-stack">
      <CoverImage cover={card.cover} sizes={CARD_SIZES[variant]} lead={card.lead} className="rounded-lg" />
      <div className="mt-3">
        {categoryLink()}
        {headline(TITLE[variant])}
        {meta}
      </div>
    </article>
  );
}
