import 'server-only';
import { getDb } from '@/lib/db';
import { documentArticleIds, documentMediaIds, parseDocument, EMPTY_DOCUMENT, type ArticleDocument } from '@/lib/content/document';
import { articlePath } from '@/lib/urls';
import { findMediaByIds, type MediaSize } from './media';

export type LinkedArticleCard = { id: number; title: string; path: string; categoryName: string; coverKey: string | null };

/** A stored body with what it shows: the sizes of its images and the «اقرأ أيضاً» articles (published ones only). */
export interface LoadedBody {
  doc: ArticleDocument;
  media: Record<number, MediaSize>;
  articles: Record<number, LinkedArticleCard>;
}

export async function loadBody(json: string): Promise<LoadedBody> {
  // Stored bodies were validated when written; one that no longer parses shows nothing rather than failing the page.
  const doc = parseDocument(json) ?? EMPTY_DOCUMENT;
  const ids = documentArticleIds(doc);
  const [media, linked] = await Promise.all([
    findMediaByIds(documentMediaIds(doc)),
    ids.length
      ? getDb().article.findMany({
          where: { id: { in: ids }, status: 'PUBLISHED' },
          select: { id: true, slug: true, title: true, category: { select: { name: true } }, cover: { select: { key: true } } },
        })
      : [],
  ]);
  const articles = Object.fromEntries(
    linked.map((a) => [a.id, { id: a.id, title: a.title, path: articlePath(a), categoryName: a.category.name, coverKey: a.cover?.key ?? null }]),
  );
  return { doc, media, articles };
}
