import 'server-only';
import { getDb } from '@/lib/db';

export function listCategoriesWithCounts() {
  return getDb().category.findMany({
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, name: true, nameFr: true, nameEn: true, description: true, position: true, _count: { select: { articles: true } } },
  });
}

export async function saveCategory(
  id: number | null,
  data: { name: string; nameFr: string; nameEn: string; slug: string; description: string; position: number },
) {
  const db = getDb();
  const clash = await db.category.findFirst({ where: { slug: data.slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
  if (clash) return 'slugTaken';
  if (!id) return db.category.create({ data, select: { id: true } });
  return (await db.category.updateMany({ where: { id }, data })).count ? { id } : 'notFound';
}

/** Refused (false) while the category still has articles. */
/** Refused while the category still has articles; 'notFound' when it is already gone. */
export async function deleteCategory(id: number): Promise<'deleted' | 'notEmpty' | 'notFound'> {
  const db = getDb();
  if ((await db.article.count({ where: { categoryId: id } })) > 0) return 'notEmpty';
  return (await db.category.deleteMany({ where: { id } })).count ? 'deleted' : 'notFound';
}

export async function listTagsWithCounts(q: string, take: number, skip: number) {
  const db = getDb();
  const where = q ? { name: { contains: q } } : {};
  const [rows, total] = await Promise.all([
    // Tags waiting for an editor come first.
    db.tag.findMany({
      where,
      orderBy: [{ approved: 'asc' }, { name: 'asc' }],
      take,
      skip,
      select: { id: true, slug: true, name: true, approved: true, _count: { select: { articles: true } } },
    }),
    db.tag.count({ where }),
  ]);
  return { rows, total };
}

export async function saveTag(id: number, data: { name: string; slug: string }) {
  const db = getDb();
  const clash = await db.tag.findFirst({ where: { slug: data.slug, id: { not: id } }, select: { id: true } });
  if (clash) return 'slugTaken';
  return (await db.tag.updateMany({ where: { id }, data })).count ? 'saved' : 'notFound';
}

/** Shows a waiting tag to readers; returns the articles that carry it (their pages list it now). */
/** The articles that carry the tag, or null when it is gone. */
export async function approveTag(id: number): Promise<number[] | null> {
  const db = getDb();
  if (!(await db.tag.updateMany({ where: { id }, data: { approved: true } })).count) return null;
  return (await db.articleTag.findMany({ where: { tagId: id }, select: { articleId: true } })).map((l) => l.articleId);
}

/** Removes a tag from every article; returns the articles that carried it. */
/** The articles that carried the tag, or null when it was already gone. */
export async function deleteTag(id: number): Promise<number[] | null> {
  const db = getDb();
  const links = await db.articleTag.findMany({ where: { tagId: id }, select: { articleId: true } });
  if (!(await db.tag.deleteMany({ where: { id } })).count) return null;
  return links.map((l) => l.articleId);
}
