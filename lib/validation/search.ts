/** What the search box accepts; the search page and the edge's cache key cut a longer query here. */
export const SEARCH_LIMITS = { query: 200 } as const;
