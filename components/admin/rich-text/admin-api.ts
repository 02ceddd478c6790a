'use client';

// The admin's GET routes (app/api/admin/*) as the editor reads them, with a small cache so that a
// body with many figures or cards asks once per id.
export interface LibraryItem {
  id: number;
  key: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}
export interface ArticleTitle {
  id: number;
  title: string;
  path: string;
  category: string;
  status?: string;
}

const cache = new Map<string, Promise<unknown>>();

async function get<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function once<T>(url: string): Promise<T> {
  if (!cache.has(url))
    cache.set(
      url,
      get<T>(url).catch((e) => (cache.delete(url), Promise.reject(e))),
    );
  return cache.get(url) as Promise<T>;
}

export const searchMedia = (q: string) => get<{ items: LibraryItem[] }>(`/api/admin/media?q=${encodeURIComponent(q)}`).then((r) => r.items);
export const mediaById = (id: number) => once<{ items: LibraryItem[] }>(`/api/admin/media?ids=${id}`).then((r) => r.items[0] ?? null);
export const searchArticles = (q: string) => get<{ items: ArticleTitle[] }>(`/api/admin/articles?q=${encodeURIComponent(q)}`).then((r) => r.items);
export const articleById = (id: number) => once<{ items: ArticleTitle[] }>(`/api/admin/articles?ids=${id}`).then((r) => r.items[0] ?? null);
