// Names of the cache tags. Every cached read tags what it shows; every write revalidates the tags
// of what it changed (lib/actions), so a page is fresh the moment an editor saves.
export const cacheTags = {
  article: (id: number) => `article:${id}`,
  category: (id: number) => `category:${id}`,
  tag: (id: number) => `tag:${id}`,
  author: (id: number) => `author:${id}`,
  comments: (articleId: number) => `comments:${articleId}`,
  /** Membership of lists: the home page, archives' first pages, «آخر الأخبار». */
  latest: 'latest',
  settings: 'settings',
  categories: 'categories',
  pages: 'pages',
  feeds: 'feeds',
  sitemap: 'sitemap',
  search: 'search',
  mostRead: 'most-read',
} as const;

/** Tags for a list: one per article shown, so that editing any of them refreshes the list. */
export function articleTags(items: readonly { id: number }[]): string[] {
  return items.map((a) => cacheTags.article(a.id));
}

/** Everything to refresh when an article is written, (un)published or deleted: its page, every
 *  list it was or is in, its archives, the feeds, the sitemaps and search. */
export function articleWriteTags(
  ...footprints: ({ id: number; categoryId: number; authorId: number; tagIds: number[]; translationOfId?: number | null } | null)[]
): string[] {
  const tags = new Set<string>([cacheTags.latest, cacheTags.feeds, cacheTags.sitemap, cacheTags.search, cacheTags.mostRead]);
  for (const f of footprints) {
    if (!f) continue;
    tags.add(cacheTags.article(f.id));
    if (f.translationOfId) tags.add(cacheTags.article(f.translationOfId));
    tags.add(cacheTags.category(f.categoryId));
    tags.add(cacheTags.author(f.authorId));
    for (const t of f.tagIds) tags.add(cacheTags.tag(t));
  }
  return [...tags];
}
