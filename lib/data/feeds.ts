import 'server-only';
import { getDb } from '@/lib/db';

export const FEED_ITEMS = 30;

/** The newest published articles for a feed, whole or of one category. */
export function listFeedItems(categoryId?: number, take = FEED_ITEMS) {
  return getDb().article.findMany({
    where: { status: 'PUBLISHED', ...(categoryId ? { categoryId } : {}) },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true,
      slug: true,
      title: true,
      excerpt: true,
      autoExcerpt: true,
      body: true,
      language: true,
      publishedAt: true,
      contentUpdatedAt: true,
      coverAlt: true,
      author: { select: { name: true, slug: true } },
      category: { select: { name: true, slug: true } },
      cover: { select: { key: true } },
    },
  });
}
