import 'server-only';
import { getDb } from '@/lib/db';
import { documentText, EMPTY_DOCUMENT, parseDocument } from '@/lib/content/document';
import { cardSelect, toCard, type ArticleCard } from './article-shapes';
import { queryTerms, searchIndex } from './search-index';

export const SEARCH_PAGE_SIZE = 10;

export interface SearchHit extends ArticleCard {
  /** Plain text of the body, for the result snippet. */
  text: string;
}

/** One page of published articles matching a reader's query, best first. */
export async function searchArticles(query: string, page: number): Promise<{ terms: string[]; total: number; hits: SearchHit[] }> {
  const terms = queryTerms(query);
  const db = getDb();
  const { ids, total } = await searchIndex(db, terms, SEARCH_PAGE_SIZE, (page - 1) * SEARCH_PAGE_SIZE);
  const rows = await db.article.findMany({ where: { id: { in: ids } }, select: { ...cardSelect, body: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hits = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { body, ...card } = row;
    return [{ ...toCard(card), text: documentText(parseDocument(body) ?? EMPTY_DOCUMENT).replace(/\s+/g, ' ') }];
  });
  return { terms, total, hits };
}
