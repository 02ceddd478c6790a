// The shapes pages receive: plain objects, built from one `select` each so every list query
// fetches exactly what a card shows.
import type { Prisma } from '@/lib/generated/sqlite/client';
import { CATEGORY_NAME_FIELDS, type CategoryNames } from '@/lib/text/category-name';

export const coverSelect = {
  key: true,
  width: true,
  height: true,
  placeholder: true,
  credit: true,
} satisfies Prisma.MediaSelect;

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  excerpt: true,
  autoExcerpt: true,
  publishedAt: true,
  language: true,
  breaking: true,
  commentCount: true,
  coverAlt: true,
  category: { select: { id: true, slug: true, ...CATEGORY_NAME_FIELDS } },
  cover: { select: coverSelect },
} satisfies Prisma.ArticleSelect;

export const fullSelect = {
  ...cardSelect,
  body: true,
  sourceLine: true,
  sourceOutlet: true,
  status: true,
  contentUpdatedAt: true,
  updatedAt: true,
  coverCaption: true,
  seoTitle: true,
  seoDescription: true,
  commentsOpen: true,
  readCount: true,
  translationOfId: true,
  author: { select: { id: true, name: true, slug: true } },
  // Readers see approved tags only (lib/data/taxonomy: a contributor's new tag waits).
  tags: { where: { tag: { approved: true } }, select: { tag: { select: { id: true, slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

export type CoverImage = { key: string; width: number; height: number; placeholder: string; credit: string; alt: string };

export interface ArticleCard {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date | null;
  language: string;
  breaking: boolean;
  commentCount: number;
  category: { id: number; slug: string } & CategoryNames;
  cover: CoverImage | null;
}

export interface ArticleFull extends ArticleCard {
  body: string;
  sourceLine: string;
  /** The outside outlet credited in the source line; empty: the site. */
  sourceOutlet: string;
  status: string;
  contentUpdatedAt: Date | null;
  updatedAt: Date;
  coverCaption: string;
  /** Search engines' title and description when an editor (or an import) set them. */
  seoTitle: string;
  seoDescription: string;
  commentsOpen: boolean;
  readCount: number;
  translationOfId: number | null;
  author: { id: number; name: string; slug: string };
  tags: { id: number; slug: string; name: string }[];
}

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;
type FullRow = Prisma.ArticleGetPayload<{ select: typeof fullSelect }>;

/** The editor's excerpt, else the body's first words (written with the body). */
export function toCard({ coverAlt, cover, autoExcerpt, ...row }: CardRow): ArticleCard {
  return { ...row, excerpt: row.excerpt || autoExcerpt, cover: cover ? { ...cover, alt: coverAlt } : null };
}

export function toFull(row: FullRow): ArticleFull {
  const {
    tags,
    body,
    sourceLine,
    sourceOutlet,
    status,
    contentUpdatedAt,
    updatedAt,
    coverCaption,
    seoTitle,
    seoDescription,
    commentsOpen,
    readCount,
    translationOfId,
    author,
  } = row;
  return {
    ...toCard(row),
    body,
    sourceLine,
    sourceOutlet,
    status,
    contentUpdatedAt,
    updatedAt,
    coverCaption,
    seoTitle,
    seoDescription,
    commentsOpen,
    readCount,
    translationOfId,
    author,
    tags: tags.map((t) => t.tag),
  };
}
