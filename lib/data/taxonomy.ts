import 'server-only';
import { getDb } from '@/lib/db';

export function listCategoriesWithCounts() {
  return getDb().category.findMany({
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, name: true, nameFr: true, nameEn: true, description: true, position: true, _count: { select: { articles: true } } },
  });
}

export async function saveCategory(id: number | null, data: { name: string; nameFr: string; nameEn: string; slug: string; description: string; position: number }) {
  const db = getDb();
  const clash = await db.category.findFirst({ where: { slug: data.slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
  if (clash) return null;
  return id ? db.category.update({ where: { id }, data }) : db.category.create({ data });
}

/** Refused (false) while the category still has articles. */
export async function deleteCategory(id: number): Promise<boolean> {
  const db = getDb();
  if ((await db.article.count({ where: { categoryId: id } })) > 0) return false;
  await db.category.delete({ where: { id } });
  return true;
}

export async function listTagsWithCounts(q: string, take: number, skip: number) {
  const db = getDb();
  const where = q ? { name: { contains: q } } : {};
  const [rows, total] = await Promise.all([
    // Tags waiting for an editor come first.
    db.tag.findMany({ where, orderBy: [{ approved: 'asc' }, { name: 'asc' }], take, skip, select: { id: true, slug: true, name: true, approved: true, _count: { select: { articles: true } } } }),
    db.tag.count({ where }),
  ]);
  return { rows, total };
}

export async function saveTag(id: number, data: { name: string; slug: string }) {
  const db = getDb();
  const clash = await db.tag.findFirst({ where: { slug: data.slug, id: { not: id } }, select: { id: true } });
  if (clash) return null;
  return db.tag.update({ where: { id }, data });
}

/** Shows a waiting tag to readers; returns the articles that carry it (their pages list it now). */
export async function approveTag(id: number): Promise<number[]> {
  const db = getDb();
  await db.tag.update({ where: { id }, data: { approved: true } });
  return (await db.articleTag.findMany({ where: { tagId: id }, select: { articleId: true } })).map((l) => l.articleId);
}

/** Removes a tag from every article; returns the articles that carried it. */
export async function deleteTag(id: number): Promise<number[]> {
  const db = getDb();
  const links = await db.articleTag.findMany({ where: { tagId: id }, select: { articleId: true } });
  await db.tag.delete({ where: { id } });
  return links.map((l) => l.articleId);
}
