// What a card shows, as plain data: the server fills it (article-cards.tsx), a client component
// draws the cards (card-list.tsx). The page's RSC payload then carries these few fields per card
// instead of every element of its markup, which it used to repeat after the HTML (some 700 bytes
// a card, forty cards on the home page).
import type { LinkItem } from '../link-items';

export type CardVariant = 'lead' | 'standard' | 'compact';

export interface CardData {
  id: number;
  /** The article's address in the interface's language, as written in links. */
  href: string;
  title: string;
  /** Only where the card shows it (a lead card, a card without a picture); empty elsewhere. */
  excerpt: string;
  language: string;
  /** The placeholder only where the card paints it (not on thumbnails). */
  cover: { key: string; width: number; alt: string; placeholder?: string } | null;
  /** Its section's link (components/site/frame-links.ts); null when hidden. */
  category: LinkItem | null;
  /** «3 تعليقات», formatted on the server (the phone has no message formatter). */
  comments: string | null;
  published: { iso: string; absolute: string } | null;
  /** The largest picture above the fold: loaded eagerly, with high priority. */
  lead?: true;
}

export const CARD_SIZES: Record<CardVariant, string> = {
  lead: '(min-width: 1024px) 760px, 100vw',
  standard: '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw',
  compact: '160px',
};

/** The widest a thumbnail is ever shown, in CSS pixels (renditions past twice that are left out). */
export const THUMBNAIL_WIDTH = 160;
