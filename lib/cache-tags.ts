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
