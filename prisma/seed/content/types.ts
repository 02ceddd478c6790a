// Shapes of the hand-written demo content. The seed (prisma/seed/) turns them into rows.

export type CategorySlug = 'local' | 'regional' | 'national' | 'world' | 'sport' | 'economy' | 'culture' | 'opinion';

export type AuthorKey = 'salma' | 'youssef' | 'khadija' | 'hamza' | 'nadia' | 'omar';

export interface SeedArticle {
  /** Unique latin key, e.g. 'local-water-network'. */
  key: string;
  category: CategorySlug;
  title: string;
  excerpt: string;
  /** Markdown: paragraphs separated by blank lines; may use ## / ### subheadings, > quotes, - or 1. lists, **bold**, [links](https://example.org). */
  body: string;
  /** Names from TAG_NAMES in tags.ts. */
  tags: string[];
  author: AuthorKey;
  /** Source line such as «متابعة»; shown as «<site name>: متابعة», or «<outlet>: متابعة». */
  sourceLine: string;
  /** An outside outlet the story was taken from. */
  sourceOutlet?: string;
  /** Publication: days before the seed date (0–44) and hour of day (0–23, Casablanca time). */
  daysAgo: number;
  hour: number;
  breaking?: boolean;
}

export interface SeedComment {
  name: string;
  body: string;
  /** Replies to this comment (one level only). */
  replies?: { name: string; body: string }[];
}

export interface SeedPage {
  slug: 'about' | 'contact' | 'privacy';
  title: string;
  body: string;
}
